import { describe, expect, it } from 'vitest';
import { PullResponse } from '@shared/sync/protocol';
import { asciiJson, pullBody, type EntriesJson, type ServedPull } from './pull-body';

const entry = (seq: number) =>
  `{"seq":${seq},"entity":"note","id":"n-${seq}","caseId":null,"rowVersion":${seq},"deleted":false,"data":{"id": "n-${seq}"}}` as EntriesJson;
/** The same entry as the embedded database hands it over: its bytes. */
const entryBytes = (seq: number) => Buffer.from(entry(seq)) as Uint8Array as EntriesJson;

describe('the pull response body', () => {
  it('wraps the printed changes in the page, without the audit count', () => {
    const page: ServedPull = {
      kind: 'changes',
      cursor: 42,
      hasMore: true,
      latest: 90,
      changes: [entry(40), entry(41)],
      cases: 0,
      scope: {
        added: [],
        removed: [{ caseId: 'c-9', caseNumber: 'CLM-2026-000009', assigneeName: '李娜' }],
      },
      acks: [],
    };
    const printed = Buffer.concat(pullBody(page)).toString('latin1');
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
      changes: [],
      cases: 0,
      scope: { added: [], removed: [] },
      acks: [],
    };
    expect(JSON.parse(Buffer.concat(pullBody(empty)).toString())).toEqual({
      ...empty,
      changes: [],
      cases: undefined,
    });
    const reset: ServedPull = { kind: 'reset-required', minCursor: 100, message: 'start over' };
    expect(PullResponse.parse(JSON.parse(Buffer.concat(pullBody(reset)).toString()))).toEqual(
      reset,
    );
  });

  it('joins runs of entries given as strings, as bytes or as both, in order', () => {
    const seqs = (changes: EntriesJson[]) => {
      const page: ServedPull = {
        kind: 'changes',
        cursor: 3,
        hasMore: false,
        latest: 3,
        changes,
        cases: 0,
        scope: { added: [], removed: [] },
        acks: [],
      };
      const body = PullResponse.parse(JSON.parse(Buffer.concat(pullBody(page)).toString()));
      return body.kind === 'changes' ? body.changes.map((c) => c.seq) : null;
    };
    expect(seqs([entryBytes(1), entryBytes(2)])).toEqual([1, 2]);
    expect(seqs([entry(1), entryBytes(2)])).toEqual([1, 2]);
    expect(seqs([entryBytes(1), entry(2), entryBytes(3)])).toEqual([1, 2, 3]);
    expect(seqs([entryBytes(3)])).toEqual([3]);
  });

  it('sends the bytes it was given, not copies of them', () => {
    const run = entryBytes(5);
    const page: ServedPull = {
      kind: 'changes',
      cursor: 5,
      hasMore: false,
      latest: 5,
      changes: [run],
      cases: 0,
      scope: { added: [], removed: [] },
      acks: [],
    };
    expect(pullBody(page)).toContain(run);
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
