import { describe, expect, it } from 'vitest';
import { PullResponse } from '@shared/sync/protocol';
import { asciiJson, joinEntries, pullBody, type EntriesJson, type ServedPull } from './pull-body';

const entry = (seq: number) =>
  `{"seq":${seq},"entity":"note","id":"n-${seq}","caseId":null,"rowVersion":${seq},"deleted":false,"data":{"id": "n-${seq}"}}` as EntriesJson;

describe('the pull response body', () => {
  it('wraps the printed changes in the page, without the audit count', () => {
    const page: ServedPull = {
      kind: 'changes',
      cursor: 42,
      hasMore: true,
      latest: 90,
      changes: joinEntries(entry(40), joinEntries(null, entry(41))),
      cases: 0,
      scope: {
        added: [],
        removed: [{ caseId: 'c-9', caseNumber: 'CLM-2026-000009', assigneeName: '李娜' }],
      },
      acks: [],
    };
    const printed = pullBody(page);
    // The head is printed in ASCII too: the assignee's name goes out escaped.
    expect(printed).toContain('"assigneeName":"\\u674e\\u5a1c"');
    const body: unknown = JSON.parse(printed);
    expect(body).not.toHaveProperty('cases');
    const parsed = PullResponse.parse(body);
    if (parsed.kind !== 'changes') throw new Error(parsed.kind);
    expect(parsed.changes.map((c) => [c.seq, c.data])).toEqual([
      [40, { id: 'n-40' }],
      [41, { id: 'n-41' }],
    ]);
    expect(parsed.scope).toEqual(page.scope);
  });

  it('sends an empty page and a reset as they are', () => {
    const empty: ServedPull = {
      kind: 'changes',
      cursor: 7,
      hasMore: false,
      latest: 7,
      changes: null,
      cases: 0,
      scope: { added: [], removed: [] },
      acks: [],
    };
    expect(JSON.parse(pullBody(empty))).toEqual({ ...empty, changes: [], cases: undefined });
    const reset: ServedPull = { kind: 'reset-required', minCursor: 100, message: 'start over' };
    expect(PullResponse.parse(JSON.parse(pullBody(reset)))).toEqual(reset);
  });
});

describe('asciiJson', () => {
  it('escapes every character outside ASCII, a pair of escapes above U+FFFF', () => {
    const value = { text: '广州 "引号" é 😀 \\ \n', n: 1.5 };
    const printed = asciiJson(value);
    expect(printed).toMatch(/^[\x20-\x7e]*$/);
    expect(printed).toContain('\\ud83d\\ude00');
    expect(JSON.parse(printed)).toEqual(value);
  });
});
