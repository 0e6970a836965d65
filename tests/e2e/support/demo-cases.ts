import type { APIRequestContext } from '@playwright/test';
import { PullResponse } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

interface PulledCase {
  id: string;
  caseNumber: string | null;
  greenChannel: boolean;
  line: string;
  state: string;
  complex: boolean;
  assigneeId: string | null;
  teamId: string | null;
}

/** The demo service's word for a user: its username, by the demo organisation's naming. */
export const usernameOf = (userId: string) => userId.replace(/^user-/, '').replace('-', '.');

export async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/auth/sign-in', {
    data: { username, password: 'demo1234' },
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const headers = (token: string) => ({
  authorization: `Bearer ${token}`,
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
});

/** Every case a user sees, as full records, read the way a workstation syncs them. */
export function casesOf(request: APIRequestContext, token: string): Promise<PulledCase[]> {
  return recordsOf<PulledCase>(request, token, 'case');
}

/** Every record of one kind a user sees (documents, flags, …), as a workstation syncs them. */
export async function recordsOf<T>(
  request: APIRequestContext,
  token: string,
  entity: string,
): Promise<T[]> {
  const records = new Map<string, T>();
  let cursor = 0;
  for (;;) {
    const response = await request.post('/api/sync/pull', {
      headers: headers(token),
      data: { deviceId: 'e2e-fixture', cursor, limit: 5000 },
    });
    const page = PullResponse.parse(await response.json());
    if (page.kind !== 'changes') throw new Error(`pull: ${page.message}`);
    // The records are the service's, as this kind's callers know them.
    for (const change of page.changes)
      if (change.entity === entity && change.data) records.set(change.id, change.data as T);
    cursor = page.cursor;
    if (!page.hasMore) return [...records.values()];
  }
}

/** One mutation pushed straight to the sync API, as any client could; returns the service's answer. */
export async function pushMutation(
  request: APIRequestContext,
  token: string,
  name: string,
  args: Record<string, unknown>,
  baseRowVersions: Record<string, number> = {},
): Promise<{ status: string; reason?: string; message?: string }> {
  const mutationId = crypto.randomUUID();
  const response = await request.post('/api/sync/push', {
    headers: headers(token),
    data: {
      deviceId: 'e2e-fixture',
      mutations: [
        {
          mutationId,
          deviceId: 'e2e-fixture',
          deviceSeq: Date.now(),
          name,
          version: 1,
          baseRowVersions,
          args,
        },
      ],
    },
  });
  const { results } = (await response.json()) as {
    results: { status: string; reason?: string; message?: string }[];
  };
  const [result] = results;
  if (!result) throw new Error(`no answer to ${name}`);
  return result;
}

/** An anomaly detector's finding on a case, delivered as the workstation's own detectors do. */
export async function raiseFlag(
  request: APIRequestContext,
  token: string,
  caseId: string,
  on: {
    documentId: string;
    page: number;
    region: { x: number; y: number; width: number; height: number };
    evidence: Record<string, string | number>;
  } | null = null,
): Promise<void> {
  const result = await pushMutation(request, token, 'flag.raise', {
    flagId: crypto.randomUUID(),
    caseId,
    documentId: on?.documentId ?? null,
    detector: 'invoice-dates',
    detectorVersion: '1',
    kind: 'invoice-before-loss',
    severity: 'high',
    page: on?.page ?? null,
    region: on?.region ?? null,
    evidence: on?.evidence ?? {},
    explanation: { 'zh-CN': '发票日期早于出险日期', en: 'The invoice predates the loss' },
  });
  if (result.status !== 'applied') throw new Error(`flag not raised: ${JSON.stringify(result)}`);
}

const SUPERVISORS = ['sup.east', 'sup.south', 'sup.north'] as const;

/** The first case any team has that matches, with the supervisor who leads that team. */
export async function findDemoCase(
  request: APIRequestContext,
  matches: (c: PulledCase) => boolean,
): Promise<{ case: PulledCase; supervisor: string } | null> {
  for (const supervisor of SUPERVISORS) {
    const found = (await casesOf(request, await apiToken(request, supervisor))).find(matches);
    if (found) return { case: found, supervisor };
  }
  return null;
}
