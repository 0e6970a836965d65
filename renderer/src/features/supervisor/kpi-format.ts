import type { KpiComparison, KpiUnit } from '@shared/domain/kpi';

type Language = 'zh-CN' | 'en';

/** A KPI value as the supervisor reads it: percentages, days, requests per claim. */
export function formatKpi(value: number | null, unit: KpiUnit, language: Language): string {
  if (value === null) return '—';
  switch (unit) {
    case 'share':
      return `${(value * 100).toLocaleString(language, { maximumFractionDigits: 1 })} %`;
    case 'days':
      return language === 'zh-CN'
        ? `${value.toLocaleString(language, { maximumFractionDigits: 1 })} 天`
        : `${value.toLocaleString(language, { maximumFractionDigits: 1 })} days`;
    case 'perClaim':
      return language === 'zh-CN'
        ? `${value.toLocaleString(language, { maximumFractionDigits: 2 })} 次/件`
        : `${value.toLocaleString(language, { maximumFractionDigits: 2 })} per claim`;
  }
}

const SIGN: Record<KpiComparison, string> = { atMost: '≤', atLeast: '≥', below: '<' };

export function formatTarget(
  target: { comparison: KpiComparison; value: number },
  unit: KpiUnit,
  language: Language,
): string {
  return `${SIGN[target.comparison]} ${formatKpi(target.value, unit, language)}`;
}
