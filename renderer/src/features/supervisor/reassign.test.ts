import { describe, expect, it } from 'vitest';
import { reassignments } from './reassign';

describe('bulk reassignment', () => {
  it('queues one assignment per case that changes hands, on the version seen', () => {
    const queued = reassignments(
      [
        { id: 'c1', rowVersion: 4, assigneeId: 'a' },
        { id: 'c2', rowVersion: 9, assigneeId: 'b' },
      ],
      'b',
      '  平衡工作量  ',
    );
    expect(queued).toEqual([
      { args: { caseId: 'c1', assigneeId: 'b', reason: '平衡工作量' }, base: { 'case:c1': 4 } },
    ]);
  });

  it('refuses a reassignment without a reason', () => {
    expect(() => reassignments([{ id: 'c1', rowVersion: 1, assigneeId: null }], 'b', ' ')).toThrow(
      /reason/,
    );
  });
});
