import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type AnomalyKind,
  CROSS_CLAIM_ANOMALIES,
  SINGLE_CASE_ANOMALIES,
} from '@shared/analysis/anomaly-kinds';
import type { AnswerKeyEntry } from './types';

/** Bumped whenever the generator plants differently, so old keys are not compared with new documents. */
export const GENERATOR_VERSION = 'demo-documents/2';

export interface AnswerKeyFile {
  generator: string;
  entries: number;
  /** Distinct cases with a planted anomaly, per kind. */
  casesPerKind: Record<AnomalyKind, number>;
  answers: AnswerKeyEntry[];
}

export function answerKey(entries: readonly AnswerKeyEntry[]): AnswerKeyFile {
  const cases = new Map<AnomalyKind, Set<string>>();
  for (const entry of entries) {
    const set = cases.get(entry.anomaly) ?? new Set<string>();
    set.add(entry.caseId);
    cases.set(entry.anomaly, set);
  }
  const kinds = [...SINGLE_CASE_ANOMALIES, ...CROSS_CLAIM_ANOMALIES];
  const casesPerKind = Object.fromEntries(kinds.map((k) => [k, cases.get(k)?.size ?? 0])) as Record<
    AnomalyKind,
    number
  >;
  return {
    generator: GENERATOR_VERSION,
    entries: entries.length,
    casesPerKind,
    answers: [...entries],
  };
}

export async function writeAnswerKey(
  file: string,
  entries: readonly AnswerKeyEntry[],
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(answerKey(entries), null, 2)}\n`, 'utf8');
}
