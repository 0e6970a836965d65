import type { DemoOrganisation } from '../organisation';
import { DAY_MS } from './dates';
import { nearby } from './geo';
import { Rng } from './random';
import type { DemoCaseFacts } from './types';

/** City centres for loss locations that come without coordinates. */
const CITY_CENTRES: Record<string, [number, number]> = {
  上海: [31.2304, 121.4737],
  广州: [23.1291, 113.2644],
  北京: [39.9042, 116.4074],
  深圳: [22.5431, 114.0579],
  杭州: [30.2741, 120.1551],
  南京: [32.0603, 118.7969],
  苏州: [31.2989, 120.5853],
  成都: [30.5728, 104.0668],
  武汉: [30.5928, 114.3055],
  天津: [39.3434, 117.3616],
  重庆: [29.563, 106.5516],
  西安: [34.3416, 108.9398],
};

const LINE_CODES = {
  AUTO: 'DAA',
  MEDICAL: 'JHA',
  CI: 'ZJA',
  LIFE: 'SLA',
  ACCIDENT: 'EAA',
  PROPERTY: 'QCA',
  LIABILITY: 'ZGA',
} as const;

/**
 * Case facts for the demo organisation's cases, with the policy and
 * coordinates the organisation does not model yet: a one-year policy that
 * started 45–330 days before the loss, and a point near the loss city.
 */
export function demoCaseFacts(
  org: Pick<DemoOrganisation, 'cases' | 'customers'>,
  seed: number,
): DemoCaseFacts[] {
  const customers = new Map(org.customers.map((c) => [c.id, c]));
  return org.cases.map((row) => {
    const customer = customers.get(row.customer_id);
    if (!customer) throw new Error(`case ${row.id} has no customer ${row.customer_id}`);
    const rng = new Rng('facts', seed, row.id);
    const city = Object.keys(CITY_CENTRES).find((c) => row.loss_location.startsWith(c)) ?? '上海';
    const [cityLat, cityLng] = CITY_CENTRES[city] ?? [31.2304, 121.4737];
    const [lossLat, lossLng] = nearby(rng, cityLat, cityLng, 15_000);
    const policyStart = row.loss_at - rng.int(45, 330) * DAY_MS;
    return {
      caseId: row.id,
      caseNumber: row.case_number,
      line: row.line,
      claimantName: customer.name,
      claimantIdNumber: customer.id_number,
      customerId: customer.id,
      customerKind: customer.kind,
      lossAt: row.loss_at,
      reportedAt: row.reported_at,
      lossLocation: row.loss_location,
      lossLat: Math.round(lossLat * 1e6) / 1e6,
      lossLng: Math.round(lossLng * 1e6) / 1e6,
      policyNumber: `P${LINE_CODES[row.line]}${new Date(policyStart).getUTCFullYear()}${rng.digits(10)}`,
      policyStart,
      policyEnd: policyStart + 365 * DAY_MS,
      claimedFen: row.claimed_fen,
    };
  });
}
