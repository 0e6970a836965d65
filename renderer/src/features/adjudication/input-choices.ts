import {
  CI_SEVERITIES,
  CLAIMANT_KINDS,
  DEATH_CAUSES,
  LIABILITY_BASES,
  LIABILITY_LEVELS,
} from '@shared/calc';
import { en } from '../../app/locales/en';
import { zhCN } from '../../app/locales/zh-CN';
import type { LeafValue } from './input-leaves';

const CHOICES: Record<string, { list: keyof typeof en.calcChoice; values: readonly string[] }> = {
  liability: { list: 'liability', values: LIABILITY_LEVELS },
  'diagnosis.severity': { list: 'severity', values: CI_SEVERITIES },
  'death.cause': { list: 'cause', values: DEATH_CAUSES },
  'claimants.kind': { list: 'claimantKind', values: CLAIMANT_KINDS },
  'claimants.basis': { list: 'basis', values: LIABILITY_BASES },
};

export interface Choice {
  /** As the input's text: what `parse` turns back into the value. */
  value: string;
  label: string;
}

/**
 * The values an input can take, named in the reader's language, when it is
 * a choice rather than a number or text: a liability share, a yes or no.
 * Null for a free value.
 */
export function inputChoices(path: string, current: LeafValue, language: string): Choice[] | null {
  const names = (language === 'en' ? en : zhCN).calcChoice;
  if (typeof current === 'boolean')
    return [
      { value: 'true', label: names.yesNo.yes },
      { value: 'false', label: names.yesNo.no },
    ];
  const choice = CHOICES[path.replace(/\.\d+(?=\.|$)/g, '')];
  if (!choice) return null;
  const labels = names[choice.list] as Record<string, string>;
  return choice.values.map((value) => ({ value, label: labels[value] ?? value }));
}
