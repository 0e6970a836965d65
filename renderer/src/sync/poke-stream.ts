import { Poke } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

/**
 * Listens to the service's content-free pokes over server-sent events
 * (fetch, so the access token travels in a header, not the URL). Calls
 * `onOpen` at every (re)connection — the caller pulls then, since pokes sent
 * while disconnected are lost — and reconnects with backoff.
 */
export function openPokeStream(options: {
  url: string;
  token: () => string | null;
  onPoke: (latest: number) => void;
  onOpen: () => void;
}): () => void {
  let stopped = false;
  let attempt = 0;
  let controller: AbortController | null = null;

  const connect = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const token = options.token();
        const response = await fetch(options.url, {
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        options.onOpen();
        await readEvents(response.body, options.onPoke);
      } catch {
        // Fall through to a delayed reconnect; offline, sleeping laptops and restarts all end here.
      }
      if (stopped) return;
      attempt++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
    }
  };
  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  onPoke: (latest: number) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const event = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const data = /^event: poke\ndata: (.*)$/m.exec(event)?.[1];
      if (data) {
        const parsed = Poke.safeParse(JSON.parse(data));
        if (parsed.success) onPoke(parsed.data.latest);
      }
      boundary = buffer.indexOf('\n\n');
    }
  }
}
