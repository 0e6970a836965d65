import type { CaseMilestones } from '@shared/domain/milestones';

/**
 * A case's milestones as a stored digest keeps them: each key by a one-letter
 * name, and each top-level time as milliseconds after the report. They were
 * half of every stored digest, the same dozen long names and thirteen-digit
 * times on 100,000 cases, and opening the queue reads every one of them.
 *
 * The letters are fixed for good: a key added to CaseMilestones gets the
 * next free letter at the end (the test beside this file fails until it has
 * one). Nested values (decision, survey, complaints) are kept as they are.
 */
const LETTERS: Readonly<Record<keyof CaseMilestones, string>> = {
  reportChannel: 'a',
  acceptedAt: 'b',
  firstContactAt: 'c',
  lastContactAt: 'd',
  lastProgressCallAt: 'e',
  materialsRequests: 'f',
  materialsCompleteAt: 'g',
  decision: 'h',
  agreementAt: 'i',
  denialNoticeAt: 'j',
  advancePaidAt: 'k',
  paidAt: 'l',
  closedAt: 'm',
  satisfactionFollowUpAt: 'n',
  survey: 'o',
  complaints: 'p',
};
const KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LETTERS).map(([key, letter]) => [letter, key]),
);

export type StoredMilestones = Record<string, unknown>;

const isTime = (key: string, value: unknown): value is number =>
  key.endsWith('At') && typeof value === 'number';

export function storeMilestones(m: CaseMilestones, reportedAt: number): StoredMilestones {
  const stored: StoredMilestones = {};
  for (const [key, value] of Object.entries(m)) {
    const letter = LETTERS[key as keyof CaseMilestones] ?? key;
    stored[letter] = isTime(key, value) ? value - reportedAt : value;
  }
  return stored;
}

export function readMilestones(stored: StoredMilestones, reportedAt: number): CaseMilestones {
  const m: Record<string, unknown> = {};
  // Read for every case each time the queue opens: no array of entries per case.
  for (const letter in stored) {
    const value = stored[letter];
    const key = KEYS[letter] ?? letter;
    m[key] = isTime(key, value) ? value + reportedAt : value;
  }
  return m as CaseMilestones;
}
