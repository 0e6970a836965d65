import { Faker, base, zh_CN } from '@faker-js/faker';
import { CASE_STATES, isOpenState, type CaseState } from '@shared/domain/lifecycle';
import { LINES, type Line } from '@shared/domain/lines';
import type { Role } from '@shared/domain/roles';
import { uuidv7 } from '@shared/lib/uuidv7';
import { foldMilestones, type CaseMilestones } from '@shared/domain/milestones';
import type { ContactRecord, EventRecord } from '@shared/sync/records';
import type { CustomersTable, TeamsTable } from '../db/schema';
import { pathTo } from './history';
import {
  creditCode,
  enterpriseName,
  mobileNumber,
  personName,
  residentId,
  streetAddress,
} from './people';
import { demoPolicy, type DemoPolicy } from './policies';
import { caseTimeline } from './timeline';

/** Every demo account signs in with this password; the sign-in screen says so. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teamId: string | null;
  authorityLimitFen: number;
}

export interface DemoCase {
  id: string;
  case_number: string;
  line: Line;
  state: CaseState;
  customer_id: string;
  policy_id: string;
  claimed_fen: number;
  reserved_fen: number;
  paid_fen: number;
  assignee_id: string | null;
  team_id: string;
  dedicated_advisor_id: string | null;
  green_channel: boolean;
  disaster: boolean;
  complex: boolean;
  description: string;
  loss_at: number;
  reported_at: number;
  loss_location: string;
  loss_lat: number;
  loss_lng: number;
  created_at: number;
  updated_at: number;
  milestones: CaseMilestones;
}

export interface DemoOrganisation {
  teams: TeamsTable[];
  users: DemoUser[];
  customers: CustomersTable[];
  policies: DemoPolicy[];
  cases: DemoCase[];
  events: EventRecord[];
  contacts: ContactRecord[];
}

const DAY = 24 * 60 * 60 * 1000;

const TEAMS = [
  { key: 'east', name: '华东理赔一部', region: '上海', lat: 31.2304, lng: 121.4737 },
  { key: 'south', name: '华南理赔二部', region: '广州', lat: 23.1291, lng: 113.2644 },
  { key: 'north', name: '华北理赔三部', region: '北京', lat: 39.9042, lng: 116.4074 },
] as const;

const ADJUSTERS_PER_TEAM = 3;

/** Claimed amounts per line in yuan: a plausible spread, not a statistic. */
const CLAIM_RANGE_YUAN: Record<Line, [number, number]> = {
  AUTO: [1_500, 80_000],
  MEDICAL: [800, 150_000],
  CI: [100_000, 500_000],
  LIFE: [200_000, 1_000_000],
  ACCIDENT: [3_000, 300_000],
  PROPERTY: [20_000, 2_000_000],
  LIABILITY: [10_000, 500_000],
};

const LINE_WEIGHTS: Record<Line, number> = {
  AUTO: 35,
  MEDICAL: 25,
  CI: 8,
  LIFE: 4,
  ACCIDENT: 10,
  PROPERTY: 10,
  LIABILITY: 8,
};

const DESCRIPTIONS: Record<Line, string[]> = {
  AUTO: [
    '两车追尾，前车后保险杠及尾灯受损',
    '路口右转时与电动自行车刮擦，对方轻微受伤',
    '倒车时撞到小区立柱，后备箱变形',
  ],
  MEDICAL: ['急性阑尾炎住院手术', '肺炎住院治疗七天', '腰椎间盘突出住院理疗'],
  CI: ['确诊恶性肿瘤（甲状腺癌）', '急性心肌梗塞住院', '脑中风后遗症'],
  LIFE: ['被保险人因病身故', '被保险人意外身故'],
  ACCIDENT: ['骑车摔倒致右腕骨折', '施工现场高处坠落致腰椎骨折', '交通事故意外身故'],
  PROPERTY: ['仓库电气线路短路引发火灾', '暴雨导致厂房进水，设备受损', '夜间仓库被盗，货物损失'],
  LIABILITY: ['顾客在店内滑倒受伤', '施工坠物砸伤路人', '电梯故障致乘客受伤'],
};

export function teamUsers(): { teams: TeamsTable[]; users: Omit<DemoUser, 'displayName'>[] } {
  const teams = TEAMS.map((t) => ({ id: `team-${t.key}`, name: t.name, region: t.region }));
  const users: Omit<DemoUser, 'displayName'>[] = [
    { id: 'user-admin', username: 'admin', role: 'admin', teamId: null, authorityLimitFen: 0 },
  ];
  for (const t of TEAMS) {
    const teamId = `team-${t.key}`;
    users.push({
      id: `user-sup-${t.key}`,
      username: `sup.${t.key}`,
      role: 'supervisor',
      teamId,
      authorityLimitFen: 50_000_000,
    });
    for (let i = 1; i <= ADJUSTERS_PER_TEAM; i++) {
      users.push({
        id: `user-adj-${t.key}${i}`,
        username: `adj.${t.key}${i}`,
        role: 'adjuster',
        teamId,
        authorityLimitFen: 5_000_000,
      });
    }
    users.push({
      id: `user-field-${t.key}1`,
      username: `field.${t.key}1`,
      role: 'field',
      teamId,
      authorityLimitFen: 0,
    });
  }
  return { teams, users };
}

/**
 * A deterministic demo organisation: the same seed gives the same teams,
 * people, policies and cases, so screenshots and tests can name them.
 */
export function generateDemoOrganisation(options: {
  cases: number;
  now: number;
  seed?: number;
}): DemoOrganisation {
  const faker = new Faker({ locale: [zh_CN, base], seed: options.seed ?? 2026 });
  const idAt = (time: number) =>
    uuidv7(
      time,
      Uint8Array.from({ length: 10 }, () => faker.number.int(255)),
    );
  const extras = new Faker({ locale: [zh_CN, base], seed: (options.seed ?? 2026) + 1 });
  const extraId = (time: number) =>
    uuidv7(
      time,
      Uint8Array.from({ length: 10 }, () => extras.number.int(255)),
    );
  const { teams, users: accounts } = teamUsers();
  const users = accounts.map((u) => ({
    ...u,
    displayName: u.role === 'admin' ? '系统管理员' : personName(faker),
  }));

  const org: DemoOrganisation = {
    teams,
    users,
    customers: [],
    policies: [],
    cases: [],
    events: [],
    contacts: [],
  };
  const reportTimes = Array.from(
    { length: options.cases },
    () => options.now - faker.number.int({ min: 5 * 60 * 1000, max: 90 * DAY }),
  ).sort((a, b) => a - b);

  reportTimes.forEach((reportedAt, index) => {
    const line = faker.helpers.weightedArrayElement(
      LINES.map((value) => ({ value, weight: LINE_WEIGHTS[value] })),
    );
    const team = faker.helpers.arrayElement(TEAMS);
    const enterprise = (line === 'PROPERTY' || line === 'LIABILITY') && faker.number.float() < 0.8;
    const customer: CustomersTable = {
      id: idAt(reportedAt),
      name: enterprise ? enterpriseName(faker, team.region) : personName(faker),
      kind: enterprise ? 'enterprise' : 'individual',
      id_number: enterprise ? creditCode(faker) : residentId(faker),
      phone: mobileNumber(faker),
      preferred_channel: faker.helpers.arrayElement(['app', 'sms', 'wechat'] as const),
    };
    org.customers.push(customer);

    const lossAt = reportedAt - faker.number.int({ min: 30 * 60 * 1000, max: 5 * DAY });
    const policy = demoPolicy(faker, {
      id: idAt(reportedAt),
      number: `P${line.slice(0, 2)}${new Date(lossAt).getUTCFullYear()}${String(index + 1).padStart(7, '0')}`,
      customerId: customer.id,
      line,
      lossAt,
    });
    org.policies.push(policy);

    const demoCase = buildCase({
      faker,
      index,
      line,
      team,
      customer,
      policy,
      reportedAt,
      lossAt,
      now: options.now,
      id: idAt(reportedAt),
    });
    // The timeline draws from its own generator so the cases, people and
    // papers stay what they were before it existed.
    const timeline = caseTimeline(
      demoCase,
      caseHistory(demoCase, idAt),
      extras,
      options.now,
      extraId,
    );
    demoCase.milestones = foldMilestones(timeline.events);
    org.cases.push(demoCase);
    org.events.push(...timeline.events);
    org.contacts.push(...timeline.contacts);
  });
  return org;
}

interface CaseInput {
  faker: Faker;
  index: number;
  id: string;
  line: Line;
  team: (typeof TEAMS)[number];
  customer: CustomersTable;
  policy: DemoPolicy;
  reportedAt: number;
  lossAt: number;
  now: number;
}

function buildCase({
  faker,
  index,
  id,
  line,
  team,
  customer,
  policy,
  reportedAt,
  lossAt,
  now,
}: CaseInput): DemoCase {
  const state = pickState(faker, reportedAt, now);
  const [minYuan, maxYuan] = CLAIM_RANGE_YUAN[line];
  const claimedFen = faker.number.int({ min: minYuan, max: maxYuan }) * 100 + faker.number.int(99);
  const unassigned = state === 'REPORTED' && faker.number.float() < 0.5;
  const fieldWork = line === 'AUTO' && (state === 'INVESTIGATION' || state === 'LOSS_ASSESSMENT');
  const adjuster = `user-adj-${team.key}${faker.number.int({ min: 1, max: ADJUSTERS_PER_TEAM })}`;
  const assignee = unassigned ? null : fieldWork ? `user-field-${team.key}1` : adjuster;
  const settled = state === 'CLOSED' || state === 'FOLLOW_UP' || state === 'REOPENED';
  const reservedFen =
    state === 'REPORTED'
      ? 0
      : Math.min(claimedFen, Math.round(claimedFen * faker.number.float({ min: 0.6, max: 1 })));
  const largeOrEnterprise = customer.kind === 'enterprise' || claimedFen >= 1_000_000;
  return {
    id,
    case_number: `CLM-${new Date(reportedAt).getUTCFullYear()}-${String(index + 1).padStart(6, '0')}`,
    line,
    state,
    customer_id: customer.id,
    policy_id: policy.id,
    claimed_fen: claimedFen,
    reserved_fen: reservedFen,
    paid_fen: settled ? reservedFen : 0,
    assignee_id: assignee,
    team_id: `team-${team.key}`,
    dedicated_advisor_id: largeOrEnterprise && !unassigned ? adjuster : null,
    green_channel: (line === 'ACCIDENT' || line === 'LIFE') && faker.number.float() < 0.08,
    disaster: (line === 'PROPERTY' || line === 'AUTO') && faker.number.float() < 0.04,
    complex: claimedFen >= 10_000_000 || (line === 'PROPERTY' && claimedFen >= 5_000_000),
    description: faker.helpers.arrayElement(DESCRIPTIONS[line]),
    loss_at: lossAt,
    reported_at: reportedAt,
    loss_location: streetAddress(faker, team.region),
    loss_lat: team.lat + faker.number.float({ min: -0.15, max: 0.15 }),
    loss_lng: team.lng + faker.number.float({ min: -0.15, max: 0.15 }),
    created_at: reportedAt,
    updated_at: lastStepAt(state, reportedAt, now, faker.number.int({ min: 0, max: 10 * DAY })),
    milestones: {},
  };
}

/**
 * A finished case took up to ten days; an open one moved on within the
 * last few days, as a working team's cases do, so its clocks run from a
 * recent step rather than from weeks ago.
 */
function lastStepAt(state: CaseState, reportedAt: number, now: number, step: number): number {
  if (isOpenState(state)) return Math.max(reportedAt, now - Math.round(step * 0.4));
  return Math.min(now, reportedAt + step);
}

/** Older cases are further along; every state still appears. */
function pickState(faker: Faker, reportedAt: number, now: number): CaseState {
  const progress = Math.min(1, (now - reportedAt) / DAY / 60);
  const mainPath = CASE_STATES.slice(0, 11);
  if (faker.number.float() < 0.08)
    return faker.helpers.arrayElement(['DENIED', 'WITHDRAWN', 'REOPENED'] as const);
  const jitter = faker.number.float({ min: -0.25, max: 0.25 });
  const position = Math.round((progress + jitter) * (mainPath.length - 1));
  return mainPath[Math.max(0, Math.min(mainPath.length - 1, position))] ?? 'REPORTED';
}

const REASONS: Partial<Record<CaseState, string>> = {
  PENDING_MATERIALS: '缺少费用清单和出院小结，已一次性告知客户补交',
  DENIED: '事故发生在保险期间开始前，不属于保险责任',
  WITHDRAWN: '客户主动撤案',
  REOPENED: '客户补充新的医疗发票，申请重新理算',
};

function caseHistory(demoCase: DemoCase, idAt: (time: number) => string): EventRecord[] {
  const path = pathTo(demoCase.state, demoCase.complex);
  const span = Math.max(1, demoCase.updated_at - demoCase.reported_at);
  return path.map((state, i) => {
    const at = demoCase.reported_at + Math.round((span * i) / Math.max(1, path.length - 1));
    return {
      id: idAt(at),
      caseId: demoCase.id,
      at,
      actorId: i === 0 ? null : (demoCase.assignee_id ?? `user-sup-${demoCase.team_id.slice(5)}`),
      kind: i === 0 ? 'reported' : 'transition',
      fromState: i === 0 ? null : (path[i - 1] ?? null),
      toState: state,
      reason: REASONS[state] ?? null,
      detail: state === 'DENIED' ? { denialClause: '保险条款第三条' } : {},
    };
  });
}
