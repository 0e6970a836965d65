import { describe, expect, it } from 'vitest';
import { PullResponse } from '@shared/sync/protocol';
import { pullBody, type RecordJson, type ServedPull } from './pull-body';

/** A record as PostgreSQL prints a jsonb value: spaced, keys in its own order. */
const printed = (value: object) =>
  JSON.stringify(value).replaceAll('":', '": ').replaceAll(',"', ', "') as RecordJson;

describe('the pull response body', () => {
  it('parses as the PullResponse it stands for, records and all', () => {
    const note = {
      id: 'n-1',
      caseId: 'c-1',
      body: '客户称 "明天" 补交材料,\n联系人: 张先生',
      mentions: [],
    };
    const page: ServedPull = {
      kind: 'changes',
      cursor: 42,
      hasMore: true,
      latest: 90,
      changes: [
        {
          seq: 41,
          entity: 'note',
          id: 'n-1',
          caseId: 'c-1',
          rowVersion: 41,
          deleted: false,
          data: printed(note),
        },
        {
          seq: 42,
          entity: 'flag',
          id: 'f-"1"',
          caseId: null,
          rowVersion: 42,
          deleted: true,
          data: null,
        },
      ],
      scope: {
        added: [],
        removed: [{ caseId: 'c-9', caseNumber: 'CLM-2026-000009', assigneeName: '李娜' }],
      },
      acks: [],
    };
    const parsed = PullResponse.parse(JSON.parse(pullBody(page)));
    expect(parsed).toEqual({
      ...page,
      changes: [
        { ...page.changes[0], data: note },
        { ...page.changes[1], data: null },
      ],
    });
  });

  it('sends an empty page and a reset as they are', () => {
    const empty: ServedPull = {
      kind: 'changes',
      cursor: 7,
      hasMore: false,
      latest: 7,
      changes: [],
      scope: { added: [], removed: [] },
      acks: [],
    };
    expect(JSON.parse(pullBody(empty))).toEqual(empty);
    const reset: ServedPull = { kind: 'reset-required', minCursor: 100, message: 'start over' };
    expect(PullResponse.parse(JSON.parse(pullBody(reset)))).toEqual(reset);
  });
});
