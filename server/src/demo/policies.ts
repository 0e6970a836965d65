import type { Faker } from '@faker-js/faker';
import type { Line } from '@shared/domain/lines';
import type { PoliciesTable } from '../db/schema';
import { demoPlate } from './plates';

type Coverage = { code: string; name: string; sumInsuredFen: number; deductibleFen: number };
export type DemoPolicy = Omit<PoliciesTable, 'coverages'> & { coverages: Coverage[] };

const DAY = 24 * 60 * 60 * 1000;
const YUAN = 100;

/** Sums insured per line in yuan: typical retail and SME policies. */
const SUM_INSURED_YUAN: Record<Line, [number, number]> = {
  AUTO: [200_000, 1_000_000],
  MEDICAL: [2_000_000, 3_000_000],
  CI: [300_000, 600_000],
  LIFE: [500_000, 2_000_000],
  ACCIDENT: [300_000, 1_000_000],
  PROPERTY: [2_000_000, 10_000_000],
  LIABILITY: [1_000_000, 5_000_000],
};

function coveragesFor(line: Line, sumInsuredFen: number, faker: Faker): Coverage[] {
  switch (line) {
    case 'AUTO':
      return [
        {
          code: 'CTPL',
          name: '机动车交通事故责任强制保险',
          sumInsuredFen: 200_000 * YUAN,
          deductibleFen: 0,
        },
        { code: 'TPL', name: '第三者责任保险', sumInsuredFen, deductibleFen: 0 },
        {
          code: 'OD',
          name: '车辆损失保险',
          sumInsuredFen: faker.number.int({ min: 80_000, max: 400_000 }) * YUAN,
          deductibleFen: 0,
        },
        { code: 'SEAT', name: '车上人员责任保险', sumInsuredFen: 50_000 * YUAN, deductibleFen: 0 },
      ];
    case 'MEDICAL':
      return [{ code: 'MED', name: '住院医疗保险金', sumInsuredFen, deductibleFen: 10_000 * YUAN }];
    case 'CI':
      return [{ code: 'CI', name: '重大疾病保险金', sumInsuredFen, deductibleFen: 0 }];
    case 'LIFE':
      return [{ code: 'DEATH', name: '身故保险金', sumInsuredFen, deductibleFen: 0 }];
    case 'ACCIDENT':
      return [
        { code: 'AD', name: '意外身故及伤残保险金', sumInsuredFen, deductibleFen: 0 },
        {
          code: 'AM',
          name: '意外医疗保险金',
          sumInsuredFen: 50_000 * YUAN,
          deductibleFen: 100 * YUAN,
        },
      ];
    case 'PROPERTY':
      return [{ code: 'PROP', name: '财产基本险', sumInsuredFen, deductibleFen: 5_000 * YUAN }];
    case 'LIABILITY':
      return [
        {
          code: 'LIAB',
          name: '公众责任保险（每次事故）',
          sumInsuredFen,
          deductibleFen: 2_000 * YUAN,
        },
      ];
  }
}

/** A policy in force at the loss, issued some months before it. */
export function demoPolicy(
  faker: Faker,
  input: { id: string; number: string; customerId: string; line: Line; lossAt: number },
): DemoPolicy {
  const [min, max] = SUM_INSURED_YUAN[input.line];
  const sumInsuredFen = faker.number.int({ min: min / 10_000, max: max / 10_000 }) * 10_000 * YUAN;
  const startAt = input.lossAt - faker.number.int({ min: 30, max: 330 }) * DAY;
  const property = input.line === 'PROPERTY';
  return {
    id: input.id,
    policy_number: input.number,
    customer_id: input.customerId,
    line: input.line,
    start_at: startAt,
    end_at: startAt + 365 * DAY,
    issued_at: startAt - faker.number.int({ min: 1, max: 10 }) * DAY,
    waiting_days: input.line === 'CI' ? 90 : input.line === 'MEDICAL' ? 30 : 0,
    sum_insured_fen: sumInsuredFen,
    // Some enterprises under-insure; the calculator applies the ratio (art. 55).
    insured_value_fen: property
      ? Math.round(sumInsuredFen * faker.helpers.arrayElement([1, 1, 1.25, 1.6]))
      : null,
    deductible_fen: property ? 5_000 * YUAN : 0,
    deductible_rate_bp: property ? 500 : 0,
    coverages: coveragesFor(input.line, sumInsuredFen, faker),
    vehicle_plate: input.line === 'AUTO' ? demoPlate(input.number) : null,
  };
}
