import { z } from 'zod';
import type { LocalizedText } from '../sla/clock-texts';

/**
 * The supervisor's KPIs of domain.md §10 as data: what each one measures and
 * the customer's target. The order here is the order of every report.
 */

export const KPI_IDS = [
  'cycle-time',
  'small-claim-decision',
  'ai-prereview-pass',
  'online-share',
  'materials-requests',
  'advisor-coverage',
  'complaint-rate',
  'second-complaints',
  'satisfaction',
  'disputes-in-3-days',
] as const;
export const KpiId = z.enum(KPI_IDS);
export type KpiId = z.infer<typeof KpiId>;

export type KpiUnit = 'days' | 'share' | 'perClaim';

/** 'below' is strict: the complaint-rate target is "< 3 %", not "≤ 3 %". */
export type KpiComparison = 'atMost' | 'atLeast' | 'below';

export interface KpiTarget {
  readonly comparison: KpiComparison;
  readonly value: number;
}

export interface KpiDefinition {
  readonly id: KpiId;
  readonly label: LocalizedText;
  readonly definition: LocalizedText;
  readonly unit: KpiUnit;
  readonly target: KpiTarget;
}

const text = (zh: string, en: string): LocalizedText => Object.freeze({ 'zh-CN': zh, en });

const SPECS: Readonly<Record<KpiId, Omit<KpiDefinition, 'id'>>> = {
  'cycle-time': {
    label: text('平均结案周期', 'Average cycle time'),
    definition: text(
      '本期结案案件自报案至结案的平均天数',
      'Mean days from report to closing, over cases closed in the period',
    ),
    unit: 'days',
    // The customer's goal is to halve today's 7 days.
    target: { comparison: 'atMost', value: 3.5 },
  },
  'small-claim-decision': {
    label: text('小额案件24小时决定率', 'Small claims decided within 24 h'),
    definition: text(
      '本期作出决定的小额案件中，自材料齐全（未标记则自报案）起24小时内作出决定的比例',
      'Share of small claims decided in the period that were decided within 24 h of complete materials (of the report if never marked complete)',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 1 },
  },
  'ai-prereview-pass': {
    label: text('AI预审通过率', 'AI pre-review pass rate'),
    definition: text(
      '本期作出决定的案件中，AI预审未提示任何异常的比例',
      'Share of cases decided in the period on which the AI pre-review raised no flag',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 0.85 },
  },
  'online-share': {
    label: text('线上自助报案占比', 'Online share'),
    definition: text(
      '本期报案中，客户通过App、微信或网页自助报案的比例',
      'Share of claims reported in the period by the customer through the app, WeChat or the web',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 0.7 },
  },
  'materials-requests': {
    label: text('每案补充材料次数', 'Materials requests per claim'),
    definition: text(
      '本期结案案件平均发出补充材料通知的次数',
      'Mean number of missing-materials notices over cases closed in the period',
    ),
    unit: 'perClaim',
    target: { comparison: 'atMost', value: 1 },
  },
  'advisor-coverage': {
    label: text('专属顾问覆盖率（1万元及以上）', 'Dedicated-advisor coverage (≥ 10,000 CNY)'),
    definition: text(
      '本期报案且索赔金额达1万元的案件中，已指派专属顾问的比例',
      'Share of claims of 10,000 CNY or more reported in the period that have a dedicated advisor',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 0.9 },
  },
  'complaint-rate': {
    label: text('投诉率', 'Complaint rate'),
    definition: text(
      '本期报案案件中至少被投诉一次的比例',
      'Share of claims reported in the period with at least one complaint',
    ),
    unit: 'share',
    target: { comparison: 'below', value: 0.03 },
  },
  'second-complaints': {
    label: text('二次投诉率', 'Second-complaint rate'),
    definition: text(
      '本期报案案件中被投诉两次及以上的比例',
      'Share of claims reported in the period with two or more complaints',
    ),
    unit: 'share',
    target: { comparison: 'atMost', value: 0.01 },
  },
  satisfaction: {
    label: text('客户满意度', 'Customer satisfaction'),
    definition: text(
      '本期回收的满意度调查中客户表示满意的比例',
      'Share of surveys answered in the period in which the customer was satisfied',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 0.92 },
  },
  'disputes-in-3-days': {
    label: text('复杂纠纷3日解决率', 'Disputes solved in 3 days'),
    definition: text(
      '本期开始的复杂纠纷中，3日内解决的比例；未解决且已超过3日的计为未达标',
      'Share of disputes starting in the period solved within 3 days; an unsolved one counts as missed once 3 days have passed',
    ),
    unit: 'share',
    target: { comparison: 'atLeast', value: 1 },
  },
};

/** Built from the id list so the catalogue can be neither incomplete nor out of order. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = Object.freeze(
  KPI_IDS.map((id) => Object.freeze({ id, ...SPECS[id] })),
);

export function meetsTarget(value: number, target: KpiTarget): boolean {
  switch (target.comparison) {
    case 'atMost':
      return value <= target.value;
    case 'atLeast':
      return value >= target.value;
    case 'below':
      return value < target.value;
  }
}
