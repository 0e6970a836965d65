import { describe, expect, it } from 'vitest';
import { CaseMilestones } from '@shared/domain/milestones';
import { readMilestones, storeMilestones } from './stored-milestones';

const REPORTED = 1_788_562_789_431;

describe('stored milestones', () => {
  const milestones: CaseMilestones = {
    reportChannel: 'counter',
    acceptedAt: REPORTED + 78_480_000,
    firstContactAt: REPORTED + 2_940_000,
    materialsRequests: 2,
    decision: { at: REPORTED + 400_800_000, kind: 'approve' },
    paidAt: REPORTED + 745_440_000,
    complaints: [{ id: 'k1', openedAt: REPORTED + 1_000, complex: false }],
    survey: { at: REPORTED + 9, process: 5, speed: 4, communication: 5, satisfied: true },
  };

  it('reads back exactly what was stored', () => {
    const stored = storeMilestones(milestones, REPORTED);
    expect(readMilestones(JSON.parse(JSON.stringify(stored)), REPORTED)).toEqual(milestones);
  });

  it('stores keys as letters and top-level times after the report, which is shorter', () => {
    const stored = storeMilestones(milestones, REPORTED);
    expect(stored['b']).toBe(78_480_000);
    expect(stored['f']).toBe(2);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(milestones).length * 0.8);
  });

  it('has a letter for every milestone, none shared', () => {
    const letters = Object.keys(CaseMilestones.shape).map(
      (key) => Object.keys(storeMilestones({ [key]: 1 } as CaseMilestones, 0))[0],
    );
    expect(letters.every((letter) => letter?.length === 1)).toBe(true);
    expect(new Set(letters).size).toBe(letters.length);
  });
});
