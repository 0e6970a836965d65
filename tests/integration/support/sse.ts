import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

/** Opens the poke stream and resolves with the first poke, or rejects after `timeoutMs`. */
export async function firstPoke(
  url: string,
  token: string,
  timeoutMs = 5000,
): Promise<{ ready: Promise<void>; poke: Promise<{ latest: number }>; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/sync/events`, {
    headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`events: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const poke = (async () => {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error('stream ended before a poke');
      text += decoder.decode(chunk.value);
      if (text.includes(': connected')) markReady();
      const match = /event: poke\ndata: (\{.*\})\n/.exec(text);
      if (match?.[1]) return JSON.parse(match[1]) as { latest: number };
    }
  })();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  return {
    ready,
    poke: poke.finally(() => clearTimeout(timer)),
    close: () => abort.abort(),
  };
}
