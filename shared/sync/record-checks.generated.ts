// Generated from ENTITY_SCHEMAS by `npm run generate:record-checks` (scripts/record-checks). Do not edit.
import { z } from 'zod';
import {
  ABSENT,
  codePointLength,
  hasSymbolKeys,
  isPlainObject,
  ownKeyCount,
  partOf,
  REJECTED,
} from './record-check-support';
import { ENTITY_SCHEMAS, type EntityName, type EntityRecord } from './records';

const PART0 = partOf(ENTITY_SCHEMAS.case, [
  'shape',
  'policy',
  'innerType',
  'shape',
  'vehiclePlate',
]);

const PART1 = partOf(ENTITY_SCHEMAS.case, ['shape', 'milestones']);

const PART2 = partOf(ENTITY_SCHEMAS.document, ['shape', 'photo']);

const PART3 = partOf(ENTITY_SCHEMAS.document, ['shape', 'preview']);

const PART4 = partOf(ENTITY_SCHEMAS.document, ['shape', 'originalStored']);

const PART5 = partOf(ENTITY_SCHEMAS.contact, ['shape', 'notice']);

const PART6 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'location',
  'shape',
  'text',
]);

const PART7 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'parties',
  'element',
  'shape',
  'name',
]);

const PART8 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'parties',
  'element',
  'shape',
  'phone',
]);

const PART9 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'parties',
  'element',
  'shape',
  'idNumber',
]);

const PART10 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'vehicles',
  'element',
  'shape',
  'plate',
]);

const PART11 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'vehicles',
  'element',
  'shape',
  'description',
]);

const PART12 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'damages',
  'element',
  'shape',
  'note',
]);

const PART13 = partOf(ENTITY_SCHEMAS.siteSurvey, ['shape', 'survey', 'shape', 'liabilityRatio']);

const PART14 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'injuries',
  'shape',
  'description',
]);

const PART15 = partOf(ENTITY_SCHEMAS.siteSurvey, [
  'shape',
  'survey',
  'shape',
  'policeReportNumber',
]);

const PATTERN0 = /^[0-9a-f]{64}$/;

const PATTERN1 = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/u;

/** case › id, and 47 more */
function check0(x: unknown): unknown {
  return typeof x === 'string' &&
    (x.length >= 2 || codePointLength(x) >= 1) &&
    (x.length <= 64 || codePointLength(x) <= 64)
    ? x
    : REJECTED;
}

/** case › caseNumber, and 43 more */
function check1(x: unknown): unknown {
  return typeof x === 'string' ? x : REJECTED;
}

/** case › caseNumber, and 15 more */
function check2(x: unknown): unknown {
  return x === null ? null : check1(x);
}

/** case › line, and 1 more */
function check3(x: unknown): unknown {
  return x === 'AUTO' ||
    x === 'MEDICAL' ||
    x === 'CI' ||
    x === 'LIFE' ||
    x === 'ACCIDENT' ||
    x === 'PROPERTY' ||
    x === 'LIABILITY'
    ? x
    : REJECTED;
}

/** case › state, and 2 more */
function check4(x: unknown): unknown {
  return x === 'REPORTED' ||
    x === 'ACCEPTED' ||
    x === 'MATERIALS_REVIEW' ||
    x === 'PENDING_MATERIALS' ||
    x === 'INVESTIGATION' ||
    x === 'LOSS_ASSESSMENT' ||
    x === 'ADJUSTMENT' ||
    x === 'APPROVAL' ||
    x === 'PAYMENT' ||
    x === 'CLOSED' ||
    x === 'FOLLOW_UP' ||
    x === 'DENIED' ||
    x === 'WITHDRAWN' ||
    x === 'REOPENED'
    ? x
    : REJECTED;
}

/** case › customer › kind */
function check5(x: unknown): unknown {
  return x === 'individual' || x === 'enterprise' ? x : REJECTED;
}

/** case › customer › preferredChannel */
function check6(x: unknown): unknown {
  return x === 'app' || x === 'sms' || x === 'wechat' ? x : REJECTED;
}

/** case › customer */
function check7(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 6;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['name'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('name' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['kind'];
  const v2 = check5(r2);
  if (v2 === REJECTED || (r2 === undefined && !('kind' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['idNumber'];
  const v3 = check1(r3);
  if (v3 === REJECTED || (r3 === undefined && !('idNumber' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['phone'];
  const v4 = check1(r4);
  if (v4 === REJECTED || (r4 === undefined && !('phone' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['preferredChannel'];
  const v5 = check6(r5);
  if (v5 === REJECTED || (r5 === undefined && !('preferredChannel' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['name'] = v1;
  out['kind'] = v2;
  out['idNumber'] = v3;
  out['phone'] = v4;
  out['preferredChannel'] = v5;
  return out;
}

/** case › policy › startAt, and 40 more */
function check8(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) ? x : REJECTED;
}

/** case › policy › waitingDays, and 16 more */
function check9(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0
    ? x
    : REJECTED;
}

/** case › policy › insuredValueFen */
function check10(x: unknown): unknown {
  return x === null ? null : check9(x);
}

/** case › policy › deductibleRateBp */
function check11(x: unknown): unknown {
  return typeof x === 'number' &&
    Number.isFinite(x) &&
    Number.isSafeInteger(x) &&
    x >= 0 &&
    x <= 10000
    ? x
    : REJECTED;
}

/** case › policy › coverages › element */
function check12(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 4;
  const r0 = o['code'];
  const v0 = check1(r0);
  if (v0 === REJECTED || (r0 === undefined && !('code' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['name'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('name' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['sumInsuredFen'];
  const v2 = check9(r2);
  if (v2 === REJECTED || (r2 === undefined && !('sumInsuredFen' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['deductibleFen'];
  const v3 = check9(r3);
  if (v3 === REJECTED || (r3 === undefined && !('deductibleFen' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['code'] = v0;
  out['name'] = v1;
  out['sumInsuredFen'] = v2;
  out['deductibleFen'] = v3;
  return out;
}

/** case › policy › coverages */
function check13(x: unknown): unknown {
  if (!Array.isArray(x)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check12(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check12(a[i]);
  return values;
}

/** case › policy › vehiclePlate */
function check14(x: unknown): unknown {
  if (x === undefined) return (PART0._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check2(x);
  return value === undefined
    ? (PART0._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** case › policy */
function check15(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 12;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['policyNumber'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('policyNumber' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['line'];
  const v2 = check3(r2);
  if (v2 === REJECTED || (r2 === undefined && !('line' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['startAt'];
  const v3 = check8(r3);
  if (v3 === REJECTED || (r3 === undefined && !('startAt' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['endAt'];
  const v4 = check8(r4);
  if (v4 === REJECTED || (r4 === undefined && !('endAt' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['issuedAt'];
  const v5 = check8(r5);
  if (v5 === REJECTED || (r5 === undefined && !('issuedAt' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['waitingDays'];
  const v6 = check9(r6);
  if (v6 === REJECTED || (r6 === undefined && !('waitingDays' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['sumInsuredFen'];
  const v7 = check9(r7);
  if (v7 === REJECTED || (r7 === undefined && !('sumInsuredFen' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['insuredValueFen'];
  const v8 = check10(r8);
  if (v8 === REJECTED || (r8 === undefined && !('insuredValueFen' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['deductibleFen'];
  const v9 = check9(r9);
  if (v9 === REJECTED || (r9 === undefined && !('deductibleFen' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['deductibleRateBp'];
  const v10 = check11(r10);
  if (v10 === REJECTED || (r10 === undefined && !('deductibleRateBp' in o))) return REJECTED;
  if (v10 !== r10) same = false;
  const r11 = o['coverages'];
  const v11 = check13(r11);
  if (v11 === REJECTED || (r11 === undefined && !('coverages' in o))) return REJECTED;
  if (v11 !== r11) same = false;
  const r12 = o['vehiclePlate'];
  const p12 = r12 !== undefined || 'vehiclePlate' in o;
  const v12 = check14(r12);
  if (v12 === REJECTED) return REJECTED;
  if (p12) present++;
  if (v12 !== ABSENT && (v12 !== r12 || !p12)) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['policyNumber'] = v1;
  out['line'] = v2;
  out['startAt'] = v3;
  out['endAt'] = v4;
  out['issuedAt'] = v5;
  out['waitingDays'] = v6;
  out['sumInsuredFen'] = v7;
  out['insuredValueFen'] = v8;
  out['deductibleFen'] = v9;
  out['deductibleRateBp'] = v10;
  out['coverages'] = v11;
  if (v12 !== ABSENT) out['vehiclePlate'] = v12;
  return out;
}

/** case › policy */
function check16(x: unknown): unknown {
  return x === null ? null : check15(x);
}

/** case › assigneeId, and 10 more */
function check17(x: unknown): unknown {
  return x === null ? null : check0(x);
}

/** case › greenChannel, and 9 more */
function check18(x: unknown): unknown {
  return typeof x === 'boolean' ? x : REJECTED;
}

/** case › lossLat, and 4 more */
function check19(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) ? x : REJECTED;
}

/** case › lossLat, and 1 more */
function check20(x: unknown): unknown {
  return x === null ? null : check19(x);
}

/** case › milestones › reportChannel */
function check21(x: unknown): unknown {
  return x === 'app' ||
    x === 'wechat' ||
    x === 'web' ||
    x === 'phone' ||
    x === 'counter' ||
    x === 'agent' ||
    x === 'staff'
    ? x
    : REJECTED;
}

/** case › milestones › reportChannel */
function check22(x: unknown): unknown {
  return x === undefined ? undefined : check21(x);
}

/** case › milestones › acceptedAt, and 14 more */
function check23(x: unknown): unknown {
  return x === undefined ? undefined : check8(x);
}

/** case › milestones › materialsRequests */
function check24(x: unknown): unknown {
  return x === undefined ? undefined : check9(x);
}

/** case › milestones › decision › kind */
function check25(x: unknown): unknown {
  return x === 'approve' || x === 'deny' ? x : REJECTED;
}

/** case › milestones › decision */
function check26(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['at'];
  const v0 = check8(r0);
  if (v0 === REJECTED || (r0 === undefined && !('at' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['kind'];
  const v1 = check25(r1);
  if (v1 === REJECTED || (r1 === undefined && !('kind' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['at'] = v0;
  out['kind'] = v1;
  return out;
}

/** case › milestones › decision */
function check27(x: unknown): unknown {
  return x === undefined ? undefined : check26(x);
}

/** case › milestones › survey › process, and 2 more */
function check28(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 5
    ? x
    : REJECTED;
}

/** case › milestones › survey */
function check29(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 5;
  const r0 = o['at'];
  const v0 = check8(r0);
  if (v0 === REJECTED || (r0 === undefined && !('at' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['process'];
  const v1 = check28(r1);
  if (v1 === REJECTED || (r1 === undefined && !('process' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['speed'];
  const v2 = check28(r2);
  if (v2 === REJECTED || (r2 === undefined && !('speed' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['communication'];
  const v3 = check28(r3);
  if (v3 === REJECTED || (r3 === undefined && !('communication' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['satisfied'];
  const v4 = check18(r4);
  if (v4 === REJECTED || (r4 === undefined && !('satisfied' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['at'] = v0;
  out['process'] = v1;
  out['speed'] = v2;
  out['communication'] = v3;
  out['satisfied'] = v4;
  return out;
}

/** case › milestones › survey */
function check30(x: unknown): unknown {
  return x === undefined ? undefined : check29(x);
}

/** case › milestones › complaints › element › id */
function check31(x: unknown): unknown {
  return typeof x === 'string' && (x.length >= 2 || codePointLength(x) >= 1) ? x : REJECTED;
}

/** case › milestones › complaints › element */
function check32(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 3;
  const r0 = o['id'];
  const v0 = check31(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['openedAt'];
  const v1 = check8(r1);
  if (v1 === REJECTED || (r1 === undefined && !('openedAt' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['complex'];
  const v2 = check18(r2);
  if (v2 === REJECTED || (r2 === undefined && !('complex' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['respondedAt'];
  const p3 = r3 !== undefined || 'respondedAt' in o;
  const v3 = p3 ? check23(r3) : ABSENT;
  if (v3 === REJECTED) return REJECTED;
  if (p3) present++;
  if (p3 && v3 !== r3) same = false;
  const r4 = o['escalatedAt'];
  const p4 = r4 !== undefined || 'escalatedAt' in o;
  const v4 = p4 ? check23(r4) : ABSENT;
  if (v4 === REJECTED) return REJECTED;
  if (p4) present++;
  if (p4 && v4 !== r4) same = false;
  const r5 = o['resolvedAt'];
  const p5 = r5 !== undefined || 'resolvedAt' in o;
  const v5 = p5 ? check23(r5) : ABSENT;
  if (v5 === REJECTED) return REJECTED;
  if (p5) present++;
  if (p5 && v5 !== r5) same = false;
  const r6 = o['revisitedAt'];
  const p6 = r6 !== undefined || 'revisitedAt' in o;
  const v6 = p6 ? check23(r6) : ABSENT;
  if (v6 === REJECTED) return REJECTED;
  if (p6) present++;
  if (p6 && v6 !== r6) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['openedAt'] = v1;
  out['complex'] = v2;
  if (v3 !== ABSENT) out['respondedAt'] = v3;
  if (v4 !== ABSENT) out['escalatedAt'] = v4;
  if (v5 !== ABSENT) out['resolvedAt'] = v5;
  if (v6 !== ABSENT) out['revisitedAt'] = v6;
  return out;
}

/** case › milestones › complaints */
function check33(x: unknown): unknown {
  if (!Array.isArray(x)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check32(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check32(a[i]);
  return values;
}

/** case › milestones › complaints */
function check34(x: unknown): unknown {
  return x === undefined ? undefined : check33(x);
}

/** case › milestones */
function check35(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 0;
  const r0 = o['reportChannel'];
  const p0 = r0 !== undefined || 'reportChannel' in o;
  const v0 = p0 ? check22(r0) : ABSENT;
  if (v0 === REJECTED) return REJECTED;
  if (p0) present++;
  if (p0 && v0 !== r0) same = false;
  const r1 = o['acceptedAt'];
  const p1 = r1 !== undefined || 'acceptedAt' in o;
  const v1 = p1 ? check23(r1) : ABSENT;
  if (v1 === REJECTED) return REJECTED;
  if (p1) present++;
  if (p1 && v1 !== r1) same = false;
  const r2 = o['firstContactAt'];
  const p2 = r2 !== undefined || 'firstContactAt' in o;
  const v2 = p2 ? check23(r2) : ABSENT;
  if (v2 === REJECTED) return REJECTED;
  if (p2) present++;
  if (p2 && v2 !== r2) same = false;
  const r3 = o['lastContactAt'];
  const p3 = r3 !== undefined || 'lastContactAt' in o;
  const v3 = p3 ? check23(r3) : ABSENT;
  if (v3 === REJECTED) return REJECTED;
  if (p3) present++;
  if (p3 && v3 !== r3) same = false;
  const r4 = o['lastProgressCallAt'];
  const p4 = r4 !== undefined || 'lastProgressCallAt' in o;
  const v4 = p4 ? check23(r4) : ABSENT;
  if (v4 === REJECTED) return REJECTED;
  if (p4) present++;
  if (p4 && v4 !== r4) same = false;
  const r5 = o['materialsRequests'];
  const p5 = r5 !== undefined || 'materialsRequests' in o;
  const v5 = p5 ? check24(r5) : ABSENT;
  if (v5 === REJECTED) return REJECTED;
  if (p5) present++;
  if (p5 && v5 !== r5) same = false;
  const r6 = o['materialsCompleteAt'];
  const p6 = r6 !== undefined || 'materialsCompleteAt' in o;
  const v6 = p6 ? check23(r6) : ABSENT;
  if (v6 === REJECTED) return REJECTED;
  if (p6) present++;
  if (p6 && v6 !== r6) same = false;
  const r7 = o['decision'];
  const p7 = r7 !== undefined || 'decision' in o;
  const v7 = p7 ? check27(r7) : ABSENT;
  if (v7 === REJECTED) return REJECTED;
  if (p7) present++;
  if (p7 && v7 !== r7) same = false;
  const r8 = o['agreementAt'];
  const p8 = r8 !== undefined || 'agreementAt' in o;
  const v8 = p8 ? check23(r8) : ABSENT;
  if (v8 === REJECTED) return REJECTED;
  if (p8) present++;
  if (p8 && v8 !== r8) same = false;
  const r9 = o['denialNoticeAt'];
  const p9 = r9 !== undefined || 'denialNoticeAt' in o;
  const v9 = p9 ? check23(r9) : ABSENT;
  if (v9 === REJECTED) return REJECTED;
  if (p9) present++;
  if (p9 && v9 !== r9) same = false;
  const r10 = o['advancePaidAt'];
  const p10 = r10 !== undefined || 'advancePaidAt' in o;
  const v10 = p10 ? check23(r10) : ABSENT;
  if (v10 === REJECTED) return REJECTED;
  if (p10) present++;
  if (p10 && v10 !== r10) same = false;
  const r11 = o['paidAt'];
  const p11 = r11 !== undefined || 'paidAt' in o;
  const v11 = p11 ? check23(r11) : ABSENT;
  if (v11 === REJECTED) return REJECTED;
  if (p11) present++;
  if (p11 && v11 !== r11) same = false;
  const r12 = o['closedAt'];
  const p12 = r12 !== undefined || 'closedAt' in o;
  const v12 = p12 ? check23(r12) : ABSENT;
  if (v12 === REJECTED) return REJECTED;
  if (p12) present++;
  if (p12 && v12 !== r12) same = false;
  const r13 = o['satisfactionFollowUpAt'];
  const p13 = r13 !== undefined || 'satisfactionFollowUpAt' in o;
  const v13 = p13 ? check23(r13) : ABSENT;
  if (v13 === REJECTED) return REJECTED;
  if (p13) present++;
  if (p13 && v13 !== r13) same = false;
  const r14 = o['survey'];
  const p14 = r14 !== undefined || 'survey' in o;
  const v14 = p14 ? check30(r14) : ABSENT;
  if (v14 === REJECTED) return REJECTED;
  if (p14) present++;
  if (p14 && v14 !== r14) same = false;
  const r15 = o['complaints'];
  const p15 = r15 !== undefined || 'complaints' in o;
  const v15 = p15 ? check34(r15) : ABSENT;
  if (v15 === REJECTED) return REJECTED;
  if (p15) present++;
  if (p15 && v15 !== r15) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  if (v0 !== ABSENT) out['reportChannel'] = v0;
  if (v1 !== ABSENT) out['acceptedAt'] = v1;
  if (v2 !== ABSENT) out['firstContactAt'] = v2;
  if (v3 !== ABSENT) out['lastContactAt'] = v3;
  if (v4 !== ABSENT) out['lastProgressCallAt'] = v4;
  if (v5 !== ABSENT) out['materialsRequests'] = v5;
  if (v6 !== ABSENT) out['materialsCompleteAt'] = v6;
  if (v7 !== ABSENT) out['decision'] = v7;
  if (v8 !== ABSENT) out['agreementAt'] = v8;
  if (v9 !== ABSENT) out['denialNoticeAt'] = v9;
  if (v10 !== ABSENT) out['advancePaidAt'] = v10;
  if (v11 !== ABSENT) out['paidAt'] = v11;
  if (v12 !== ABSENT) out['closedAt'] = v12;
  if (v13 !== ABSENT) out['satisfactionFollowUpAt'] = v13;
  if (v14 !== ABSENT) out['survey'] = v14;
  if (v15 !== ABSENT) out['complaints'] = v15;
  return out;
}

/** case › milestones */
function check36(x: unknown): unknown {
  if (x === undefined) return (PART1._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check35(x);
  return value === undefined
    ? (PART1._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** case */
function check37(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 24;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseNumber'];
  const v1 = check2(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseNumber' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['provisionalNumber'];
  const v2 = check2(r2);
  if (v2 === REJECTED || (r2 === undefined && !('provisionalNumber' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['line'];
  const v3 = check3(r3);
  if (v3 === REJECTED || (r3 === undefined && !('line' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['state'];
  const v4 = check4(r4);
  if (v4 === REJECTED || (r4 === undefined && !('state' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['customer'];
  const v5 = check7(r5);
  if (v5 === REJECTED || (r5 === undefined && !('customer' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['policy'];
  const v6 = check16(r6);
  if (v6 === REJECTED || (r6 === undefined && !('policy' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['claimedFen'];
  const v7 = check9(r7);
  if (v7 === REJECTED || (r7 === undefined && !('claimedFen' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['reservedFen'];
  const v8 = check9(r8);
  if (v8 === REJECTED || (r8 === undefined && !('reservedFen' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['paidFen'];
  const v9 = check9(r9);
  if (v9 === REJECTED || (r9 === undefined && !('paidFen' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['assigneeId'];
  const v10 = check17(r10);
  if (v10 === REJECTED || (r10 === undefined && !('assigneeId' in o))) return REJECTED;
  if (v10 !== r10) same = false;
  const r11 = o['teamId'];
  const v11 = check17(r11);
  if (v11 === REJECTED || (r11 === undefined && !('teamId' in o))) return REJECTED;
  if (v11 !== r11) same = false;
  const r12 = o['dedicatedAdvisorId'];
  const v12 = check17(r12);
  if (v12 === REJECTED || (r12 === undefined && !('dedicatedAdvisorId' in o))) return REJECTED;
  if (v12 !== r12) same = false;
  const r13 = o['greenChannel'];
  const v13 = check18(r13);
  if (v13 === REJECTED || (r13 === undefined && !('greenChannel' in o))) return REJECTED;
  if (v13 !== r13) same = false;
  const r14 = o['disaster'];
  const v14 = check18(r14);
  if (v14 === REJECTED || (r14 === undefined && !('disaster' in o))) return REJECTED;
  if (v14 !== r14) same = false;
  const r15 = o['complex'];
  const v15 = check18(r15);
  if (v15 === REJECTED || (r15 === undefined && !('complex' in o))) return REJECTED;
  if (v15 !== r15) same = false;
  const r16 = o['lossAt'];
  const v16 = check8(r16);
  if (v16 === REJECTED || (r16 === undefined && !('lossAt' in o))) return REJECTED;
  if (v16 !== r16) same = false;
  const r17 = o['reportedAt'];
  const v17 = check8(r17);
  if (v17 === REJECTED || (r17 === undefined && !('reportedAt' in o))) return REJECTED;
  if (v17 !== r17) same = false;
  const r18 = o['lossLocation'];
  const v18 = check1(r18);
  if (v18 === REJECTED || (r18 === undefined && !('lossLocation' in o))) return REJECTED;
  if (v18 !== r18) same = false;
  const r19 = o['lossLat'];
  const v19 = check20(r19);
  if (v19 === REJECTED || (r19 === undefined && !('lossLat' in o))) return REJECTED;
  if (v19 !== r19) same = false;
  const r20 = o['lossLng'];
  const v20 = check20(r20);
  if (v20 === REJECTED || (r20 === undefined && !('lossLng' in o))) return REJECTED;
  if (v20 !== r20) same = false;
  const r21 = o['description'];
  const v21 = check1(r21);
  if (v21 === REJECTED || (r21 === undefined && !('description' in o))) return REJECTED;
  if (v21 !== r21) same = false;
  const r22 = o['milestones'];
  const p22 = r22 !== undefined || 'milestones' in o;
  const v22 = check36(r22);
  if (v22 === REJECTED) return REJECTED;
  if (p22) present++;
  if (v22 !== ABSENT && (v22 !== r22 || !p22)) same = false;
  const r23 = o['createdAt'];
  const v23 = check8(r23);
  if (v23 === REJECTED || (r23 === undefined && !('createdAt' in o))) return REJECTED;
  if (v23 !== r23) same = false;
  const r24 = o['updatedAt'];
  const v24 = check8(r24);
  if (v24 === REJECTED || (r24 === undefined && !('updatedAt' in o))) return REJECTED;
  if (v24 !== r24) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseNumber'] = v1;
  out['provisionalNumber'] = v2;
  out['line'] = v3;
  out['state'] = v4;
  out['customer'] = v5;
  out['policy'] = v6;
  out['claimedFen'] = v7;
  out['reservedFen'] = v8;
  out['paidFen'] = v9;
  out['assigneeId'] = v10;
  out['teamId'] = v11;
  out['dedicatedAdvisorId'] = v12;
  out['greenChannel'] = v13;
  out['disaster'] = v14;
  out['complex'] = v15;
  out['lossAt'] = v16;
  out['reportedAt'] = v17;
  out['lossLocation'] = v18;
  out['lossLat'] = v19;
  out['lossLng'] = v20;
  out['description'] = v21;
  if (v22 !== ABSENT) out['milestones'] = v22;
  out['createdAt'] = v23;
  out['updatedAt'] = v24;
  return out;
}

/** event › kind */
function check38(x: unknown): unknown {
  return x === 'reported' ||
    x === 'transition' ||
    x === 'assigned' ||
    x === 'reserve' ||
    x === 'note' ||
    x === 'contact' ||
    x === 'document' ||
    x === 'flag' ||
    x === 'calculation' ||
    x === 'approval' ||
    x === 'payment' ||
    x === 'conflict' ||
    x === 'complaint' ||
    x === 'survey' ||
    x === 'site-survey'
    ? x
    : REJECTED;
}

/** event › fromState, and 1 more */
function check39(x: unknown): unknown {
  return x === null ? null : check4(x);
}

/** event › detail, and 4 more */
function check40(x: unknown): unknown {
  return x;
}

/** event › detail, and 2 more */
function check41(x: unknown): unknown {
  if (!isPlainObject(x) || hasSymbolKeys(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the record already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    // zod never copies a __proto__ key: it would set the output's prototype.
    if (key === '__proto__') same = false;
    else {
      const input = o[key];
      const value = check40(input);
      if (value === REJECTED) return REJECTED;
      if (value !== input) same = false;
    }
  }
  if (same) return o;
  const out: Record<string, unknown> = {};
  for (const key in o) if (Object.hasOwn(o, key) && key !== '__proto__') out[key] = check40(o[key]);
  return out;
}

/** event */
function check42(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 9;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['at'];
  const v2 = check8(r2);
  if (v2 === REJECTED || (r2 === undefined && !('at' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['actorId'];
  const v3 = check17(r3);
  if (v3 === REJECTED || (r3 === undefined && !('actorId' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['kind'];
  const v4 = check38(r4);
  if (v4 === REJECTED || (r4 === undefined && !('kind' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['fromState'];
  const v5 = check39(r5);
  if (v5 === REJECTED || (r5 === undefined && !('fromState' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['toState'];
  const v6 = check39(r6);
  if (v6 === REJECTED || (r6 === undefined && !('toState' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['reason'];
  const v7 = check2(r7);
  if (v7 === REJECTED || (r7 === undefined && !('reason' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['detail'];
  const v8 = check41(r8);
  if (v8 === REJECTED || (r8 === undefined && !('detail' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['at'] = v2;
  out['actorId'] = v3;
  out['kind'] = v4;
  out['fromState'] = v5;
  out['toState'] = v6;
  out['reason'] = v7;
  out['detail'] = v8;
  return out;
}

/** material › status */
function check43(x: unknown): unknown {
  return x === 'missing' || x === 'present' || x === 'rejected' ? x : REJECTED;
}

/** material */
function check44(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 7;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['itemCode'];
  const v2 = check1(r2);
  if (v2 === REJECTED || (r2 === undefined && !('itemCode' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['status'];
  const v3 = check43(r3);
  if (v3 === REJECTED || (r3 === undefined && !('status' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['documentId'];
  const v4 = check17(r4);
  if (v4 === REJECTED || (r4 === undefined && !('documentId' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['reason'];
  const v5 = check2(r5);
  if (v5 === REJECTED || (r5 === undefined && !('reason' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['updatedAt'];
  const v6 = check8(r6);
  if (v6 === REJECTED || (r6 === undefined && !('updatedAt' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['itemCode'] = v2;
  out['status'] = v3;
  out['documentId'] = v4;
  out['reason'] = v5;
  out['updatedAt'] = v6;
  return out;
}

/** document › sha256, and 1 more */
function check45(x: unknown): unknown {
  return typeof x === 'string' && PATTERN0.test(x) ? x : REJECTED;
}

/** document › extractionStatus */
function check46(x: unknown): unknown {
  return x === 'pending' || x === 'done' || x === 'failed' ? x : REJECTED;
}

/** document › photo › part, and 1 more */
function check47(x: unknown): unknown {
  return x === 'front' ||
    x === 'rear' ||
    x === 'left' ||
    x === 'right' ||
    x === 'roof' ||
    x === 'windscreen' ||
    x === 'wheels' ||
    x === 'lights' ||
    x === 'interior' ||
    x === 'underbody' ||
    x === 'other'
    ? x
    : REJECTED;
}

/** document › photo › part */
function check48(x: unknown): unknown {
  return x === null ? null : check47(x);
}

/** document › photo › takenAt, and 2 more */
function check49(x: unknown): unknown {
  return x === null ? null : check8(x);
}

/** document › photo › lat, and 1 more */
function check50(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && x >= -90 && x <= 90 ? x : REJECTED;
}

/** document › photo › lat, and 1 more */
function check51(x: unknown): unknown {
  return x === null ? null : check50(x);
}

/** document › photo › lng, and 1 more */
function check52(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && x >= -180 && x <= 180 ? x : REJECTED;
}

/** document › photo › lng, and 1 more */
function check53(x: unknown): unknown {
  return x === null ? null : check52(x);
}

/** document › photo */
function check54(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 4;
  const r0 = o['part'];
  const v0 = check48(r0);
  if (v0 === REJECTED || (r0 === undefined && !('part' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['takenAt'];
  const v1 = check49(r1);
  if (v1 === REJECTED || (r1 === undefined && !('takenAt' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['lat'];
  const v2 = check51(r2);
  if (v2 === REJECTED || (r2 === undefined && !('lat' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['lng'];
  const v3 = check53(r3);
  if (v3 === REJECTED || (r3 === undefined && !('lng' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['part'] = v0;
  out['takenAt'] = v1;
  out['lat'] = v2;
  out['lng'] = v3;
  return out;
}

/** document › photo */
function check55(x: unknown): unknown {
  return x === null ? null : check54(x);
}

/** document › photo */
function check56(x: unknown): unknown {
  if (x === undefined) return (PART2._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check55(x);
  return value === undefined
    ? (PART2._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** document › preview › size, and 3 more */
function check57(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x > 0
    ? x
    : REJECTED;
}

/** document › preview */
function check58(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['sha256'];
  const v0 = check45(r0);
  if (v0 === REJECTED || (r0 === undefined && !('sha256' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['size'];
  const v1 = check57(r1);
  if (v1 === REJECTED || (r1 === undefined && !('size' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['sha256'] = v0;
  out['size'] = v1;
  return out;
}

/** document › preview */
function check59(x: unknown): unknown {
  return x === null ? null : check58(x);
}

/** document › preview */
function check60(x: unknown): unknown {
  if (x === undefined) return (PART3._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check59(x);
  return value === undefined
    ? (PART3._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** document › originalStored */
function check61(x: unknown): unknown {
  if (x === undefined) return (PART4._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check18(x);
  return value === undefined
    ? (PART4._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** document */
function check62(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 10;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['sha256'];
  const v2 = check45(r2);
  if (v2 === REJECTED || (r2 === undefined && !('sha256' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['fileName'];
  const v3 = check1(r3);
  if (v3 === REJECTED || (r3 === undefined && !('fileName' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['mediaType'];
  const v4 = check1(r4);
  if (v4 === REJECTED || (r4 === undefined && !('mediaType' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['size'];
  const v5 = check9(r5);
  if (v5 === REJECTED || (r5 === undefined && !('size' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['docType'];
  const v6 = check2(r6);
  if (v6 === REJECTED || (r6 === undefined && !('docType' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['extractionStatus'];
  const v7 = check46(r7);
  if (v7 === REJECTED || (r7 === undefined && !('extractionStatus' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['uploadedBy'];
  const v8 = check17(r8);
  if (v8 === REJECTED || (r8 === undefined && !('uploadedBy' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['createdAt'];
  const v9 = check8(r9);
  if (v9 === REJECTED || (r9 === undefined && !('createdAt' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['photo'];
  const p10 = r10 !== undefined || 'photo' in o;
  const v10 = check56(r10);
  if (v10 === REJECTED) return REJECTED;
  if (p10) present++;
  if (v10 !== ABSENT && (v10 !== r10 || !p10)) same = false;
  const r11 = o['preview'];
  const p11 = r11 !== undefined || 'preview' in o;
  const v11 = check60(r11);
  if (v11 === REJECTED) return REJECTED;
  if (p11) present++;
  if (v11 !== ABSENT && (v11 !== r11 || !p11)) same = false;
  const r12 = o['originalStored'];
  const p12 = r12 !== undefined || 'originalStored' in o;
  const v12 = check61(r12);
  if (v12 === REJECTED) return REJECTED;
  if (p12) present++;
  if (v12 !== ABSENT && (v12 !== r12 || !p12)) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['sha256'] = v2;
  out['fileName'] = v3;
  out['mediaType'] = v4;
  out['size'] = v5;
  out['docType'] = v6;
  out['extractionStatus'] = v7;
  out['uploadedBy'] = v8;
  out['createdAt'] = v9;
  if (v10 !== ABSENT) out['photo'] = v10;
  if (v11 !== ABSENT) out['preview'] = v11;
  if (v12 !== ABSENT) out['originalStored'] = v12;
  return out;
}

/** flag › kind */
function check63(x: unknown): unknown {
  return x === 'document-date-outside-policy' ||
    x === 'invoice-before-loss' ||
    x === 'photo-after-report' ||
    x === 'photo-long-before-loss' ||
    x === 'line-items-sum-mismatch' ||
    x === 'invoice-total-vs-claimed' ||
    x === 'pdf-modified-after-creation' ||
    x === 'pdf-editing-producer' ||
    x === 'pdf-incremental-update' ||
    x === 'font-mismatch' ||
    x === 'gps-far-from-loss' ||
    x === 'exif-stripped' ||
    x === 'resident-id-checksum' ||
    x === 'name-mismatch' ||
    x === 'loss-soon-after-policy-start' ||
    x === 'loss-just-before-expiry' ||
    x === 'duplicate-invoice-number' ||
    x === 'duplicate-photo' ||
    x === 'amount-outlier' ||
    x === 'many-claims-same-party'
    ? x
    : REJECTED;
}

/** flag › severity */
function check64(x: unknown): unknown {
  return x === 'low' || x === 'medium' || x === 'high' ? x : REJECTED;
}

/** flag › page, and 1 more */
function check65(x: unknown): unknown {
  return x === null ? null : check57(x);
}

/** flag › region › width, and 1 more */
function check66(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : REJECTED;
}

/** flag › region */
function check67(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 4;
  const r0 = o['x'];
  const v0 = check19(r0);
  if (v0 === REJECTED || (r0 === undefined && !('x' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['y'];
  const v1 = check19(r1);
  if (v1 === REJECTED || (r1 === undefined && !('y' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['width'];
  const v2 = check66(r2);
  if (v2 === REJECTED || (r2 === undefined && !('width' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['height'];
  const v3 = check66(r3);
  if (v3 === REJECTED || (r3 === undefined && !('height' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['x'] = v0;
  out['y'] = v1;
  out['width'] = v2;
  out['height'] = v3;
  return out;
}

/** flag › region */
function check68(x: unknown): unknown {
  return x === null ? null : check67(x);
}

/** flag › evidence */
function check69(x: unknown): unknown {
  return x === null ? null : REJECTED;
}

/** flag › evidence */
function check70(x: unknown): unknown {
  let value: unknown;
  value = check1(x);
  if (value !== REJECTED) return value;
  value = check19(x);
  if (value !== REJECTED) return value;
  value = check18(x);
  if (value !== REJECTED) return value;
  value = check69(x);
  if (value !== REJECTED) return value;
  return REJECTED;
}

/** flag › evidence */
function check71(x: unknown): unknown {
  if (!isPlainObject(x) || hasSymbolKeys(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the record already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    // zod never copies a __proto__ key: it would set the output's prototype.
    if (key === '__proto__') same = false;
    else {
      const input = o[key];
      const value = check70(input);
      if (value === REJECTED) return REJECTED;
      if (value !== input) same = false;
    }
  }
  if (same) return o;
  const out: Record<string, unknown> = {};
  for (const key in o) if (Object.hasOwn(o, key) && key !== '__proto__') out[key] = check70(o[key]);
  return out;
}

/** flag › explanation */
function check72(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['zh-CN'];
  const v0 = check1(r0);
  if (v0 === REJECTED || (r0 === undefined && !('zh-CN' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['en'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('en' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['zh-CN'] = v0;
  out['en'] = v1;
  return out;
}

/** flag › source */
function check73(x: unknown): unknown {
  return x === 'workstation' || x === 'central' || x === 'external' ? x : REJECTED;
}

/** flag › verdict */
function check74(x: unknown): unknown {
  return x === 'open' || x === 'confirmed' || x === 'dismissed' ? x : REJECTED;
}

/** flag */
function check75(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 17;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['documentId'];
  const v2 = check17(r2);
  if (v2 === REJECTED || (r2 === undefined && !('documentId' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['detector'];
  const v3 = check1(r3);
  if (v3 === REJECTED || (r3 === undefined && !('detector' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['detectorVersion'];
  const v4 = check1(r4);
  if (v4 === REJECTED || (r4 === undefined && !('detectorVersion' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['kind'];
  const v5 = check63(r5);
  if (v5 === REJECTED || (r5 === undefined && !('kind' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['severity'];
  const v6 = check64(r6);
  if (v6 === REJECTED || (r6 === undefined && !('severity' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['page'];
  const v7 = check65(r7);
  if (v7 === REJECTED || (r7 === undefined && !('page' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['region'];
  const v8 = check68(r8);
  if (v8 === REJECTED || (r8 === undefined && !('region' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['evidence'];
  const v9 = check71(r9);
  if (v9 === REJECTED || (r9 === undefined && !('evidence' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['explanation'];
  const v10 = check72(r10);
  if (v10 === REJECTED || (r10 === undefined && !('explanation' in o))) return REJECTED;
  if (v10 !== r10) same = false;
  const r11 = o['source'];
  const v11 = check73(r11);
  if (v11 === REJECTED || (r11 === undefined && !('source' in o))) return REJECTED;
  if (v11 !== r11) same = false;
  const r12 = o['verdict'];
  const v12 = check74(r12);
  if (v12 === REJECTED || (r12 === undefined && !('verdict' in o))) return REJECTED;
  if (v12 !== r12) same = false;
  const r13 = o['verdictReason'];
  const v13 = check2(r13);
  if (v13 === REJECTED || (r13 === undefined && !('verdictReason' in o))) return REJECTED;
  if (v13 !== r13) same = false;
  const r14 = o['verdictBy'];
  const v14 = check17(r14);
  if (v14 === REJECTED || (r14 === undefined && !('verdictBy' in o))) return REJECTED;
  if (v14 !== r14) same = false;
  const r15 = o['verdictAt'];
  const v15 = check49(r15);
  if (v15 === REJECTED || (r15 === undefined && !('verdictAt' in o))) return REJECTED;
  if (v15 !== r15) same = false;
  const r16 = o['createdAt'];
  const v16 = check8(r16);
  if (v16 === REJECTED || (r16 === undefined && !('createdAt' in o))) return REJECTED;
  if (v16 !== r16) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['documentId'] = v2;
  out['detector'] = v3;
  out['detectorVersion'] = v4;
  out['kind'] = v5;
  out['severity'] = v6;
  out['page'] = v7;
  out['region'] = v8;
  out['evidence'] = v9;
  out['explanation'] = v10;
  out['source'] = v11;
  out['verdict'] = v12;
  out['verdictReason'] = v13;
  out['verdictBy'] = v14;
  out['verdictAt'] = v15;
  out['createdAt'] = v16;
  return out;
}

/** note › mentions */
function check76(x: unknown): unknown {
  if (!Array.isArray(x)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check0(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check0(a[i]);
  return values;
}

/** note */
function check77(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 6;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['authorId'];
  const v2 = check0(r2);
  if (v2 === REJECTED || (r2 === undefined && !('authorId' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['body'];
  const v3 = check1(r3);
  if (v3 === REJECTED || (r3 === undefined && !('body' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['mentions'];
  const v4 = check76(r4);
  if (v4 === REJECTED || (r4 === undefined && !('mentions' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['createdAt'];
  const v5 = check8(r5);
  if (v5 === REJECTED || (r5 === undefined && !('createdAt' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['authorId'] = v2;
  out['body'] = v3;
  out['mentions'] = v4;
  out['createdAt'] = v5;
  return out;
}

/** contact › channel */
function check78(x: unknown): unknown {
  return x === 'call' ||
    x === 'sms' ||
    x === 'wechat' ||
    x === 'visit' ||
    x === 'email' ||
    x === 'app'
    ? x
    : REJECTED;
}

/** contact › direction */
function check79(x: unknown): unknown {
  return x === 'outbound' || x === 'inbound' ? x : REJECTED;
}

/** contact › notice › kind */
function check80(x: unknown): unknown {
  return x === 'materials' ? x : REJECTED;
}

/** contact › notice › items */
function check81(x: unknown): unknown {
  if (!Array.isArray(x)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check1(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check1(a[i]);
  return values;
}

/** contact › notice */
function check82(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 3;
  const r0 = o['kind'];
  const v0 = check80(r0);
  if (v0 === REJECTED || (r0 === undefined && !('kind' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['items'];
  const v1 = check81(r1);
  if (v1 === REJECTED || (r1 === undefined && !('items' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['round'];
  const v2 = check8(r2);
  if (v2 === REJECTED || (r2 === undefined && !('round' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['kind'] = v0;
  out['items'] = v1;
  out['round'] = v2;
  return out;
}

/** contact › notice */
function check83(x: unknown): unknown {
  return x === null ? null : check82(x);
}

/** contact › notice */
function check84(x: unknown): unknown {
  if (x === undefined) return (PART5._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const value = check83(x);
  return value === undefined
    ? (PART5._zod.def as unknown as { defaultValue: unknown }).defaultValue
    : value;
}

/** contact */
function check85(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  let present = 8;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['authorId'];
  const v2 = check0(r2);
  if (v2 === REJECTED || (r2 === undefined && !('authorId' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['channel'];
  const v3 = check78(r3);
  if (v3 === REJECTED || (r3 === undefined && !('channel' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['direction'];
  const v4 = check79(r4);
  if (v4 === REJECTED || (r4 === undefined && !('direction' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['outcome'];
  const v5 = check1(r5);
  if (v5 === REJECTED || (r5 === undefined && !('outcome' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['nextStep'];
  const v6 = check2(r6);
  if (v6 === REJECTED || (r6 === undefined && !('nextStep' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['at'];
  const v7 = check8(r7);
  if (v7 === REJECTED || (r7 === undefined && !('at' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['notice'];
  const p8 = r8 !== undefined || 'notice' in o;
  const v8 = check84(r8);
  if (v8 === REJECTED) return REJECTED;
  if (p8) present++;
  if (v8 !== ABSENT && (v8 !== r8 || !p8)) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['authorId'] = v2;
  out['channel'] = v3;
  out['direction'] = v4;
  out['outcome'] = v5;
  out['nextStep'] = v6;
  out['at'] = v7;
  if (v8 !== ABSENT) out['notice'] = v8;
  return out;
}

/** calculation › provenance › source */
function check86(x: unknown): unknown {
  return x === 'policy' || x === 'case' || x === 'document' || x === 'manual' ? x : REJECTED;
}

/** calculation › provenance */
function check87(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 3;
  const r0 = o['source'];
  const v0 = check86(r0);
  if (v0 === REJECTED || (r0 === undefined && !('source' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['reference'];
  const v1 = check2(r1);
  if (v1 === REJECTED || (r1 === undefined && !('reference' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['reason'];
  const v2 = check2(r2);
  if (v2 === REJECTED || (r2 === undefined && !('reason' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['source'] = v0;
  out['reference'] = v1;
  out['reason'] = v2;
  return out;
}

/** calculation › provenance */
function check88(x: unknown): unknown {
  if (!isPlainObject(x) || hasSymbolKeys(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the record already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    // zod never copies a __proto__ key: it would set the output's prototype.
    if (key === '__proto__') same = false;
    else {
      const input = o[key];
      const value = check87(input);
      if (value === REJECTED) return REJECTED;
      if (value !== input) same = false;
    }
  }
  if (same) return o;
  const out: Record<string, unknown> = {};
  for (const key in o) if (Object.hasOwn(o, key) && key !== '__proto__') out[key] = check87(o[key]);
  return out;
}

/** calculation */
function check89(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 9;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['version'];
  const v2 = check57(r2);
  if (v2 === REJECTED || (r2 === undefined && !('version' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['input'];
  const v3 = check41(r3);
  if (v3 === REJECTED || (r3 === undefined && !('input' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['provenance'];
  const v4 = check88(r4);
  if (v4 === REJECTED || (r4 === undefined && !('provenance' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['result'];
  const v5 = check41(r5);
  if (v5 === REJECTED || (r5 === undefined && !('result' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['payableFen'];
  const v6 = check9(r6);
  if (v6 === REJECTED || (r6 === undefined && !('payableFen' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['createdBy'];
  const v7 = check0(r7);
  if (v7 === REJECTED || (r7 === undefined && !('createdBy' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['createdAt'];
  const v8 = check8(r8);
  if (v8 === REJECTED || (r8 === undefined && !('createdAt' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['version'] = v2;
  out['input'] = v3;
  out['provenance'] = v4;
  out['result'] = v5;
  out['payableFen'] = v6;
  out['createdBy'] = v7;
  out['createdAt'] = v8;
  return out;
}

/** approval › decision */
function check90(x: unknown): unknown {
  return x === 'pay' || x === 'deny' ? x : REJECTED;
}

/** approval › proposal › checks › element */
function check91(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['check'];
  const v0 = check1(r0);
  if (v0 === REJECTED || (r0 === undefined && !('check' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['passed'];
  const v1 = check18(r1);
  if (v1 === REJECTED || (r1 === undefined && !('passed' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['check'] = v0;
  out['passed'] = v1;
  return out;
}

/** approval › proposal › checks */
function check92(x: unknown): unknown {
  if (!Array.isArray(x)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check91(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check91(a[i]);
  return values;
}

/** approval › proposal */
function check93(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['proposed'];
  const v0 = check18(r0);
  if (v0 === REJECTED || (r0 === undefined && !('proposed' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['checks'];
  const v1 = check92(r1);
  if (v1 === REJECTED || (r1 === undefined && !('checks' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['proposed'] = v0;
  out['checks'] = v1;
  return out;
}

/** approval › status */
function check94(x: unknown): unknown {
  return x === 'pending' || x === 'approved' || x === 'returned' ? x : REJECTED;
}

/** approval */
function check95(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 18;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['decision'];
  const v2 = check90(r2);
  if (v2 === REJECTED || (r2 === undefined && !('decision' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['calculationId'];
  const v3 = check17(r3);
  if (v3 === REJECTED || (r3 === undefined && !('calculationId' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['calculationVersion'];
  const v4 = check65(r4);
  if (v4 === REJECTED || (r4 === undefined && !('calculationVersion' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['amountFen'];
  const v5 = check9(r5);
  if (v5 === REJECTED || (r5 === undefined && !('amountFen' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['claimedFen'];
  const v6 = check9(r6);
  if (v6 === REJECTED || (r6 === undefined && !('claimedFen' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['denialClause'];
  const v7 = check2(r7);
  if (v7 === REJECTED || (r7 === undefined && !('denialClause' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['explanation'];
  const v8 = check2(r8);
  if (v8 === REJECTED || (r8 === undefined && !('explanation' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['payeeName'];
  const v9 = check2(r9);
  if (v9 === REJECTED || (r9 === undefined && !('payeeName' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['payeeAccountMasked'];
  const v10 = check2(r10);
  if (v10 === REJECTED || (r10 === undefined && !('payeeAccountMasked' in o))) return REJECTED;
  if (v10 !== r10) same = false;
  const r11 = o['proposal'];
  const v11 = check93(r11);
  if (v11 === REJECTED || (r11 === undefined && !('proposal' in o))) return REJECTED;
  if (v11 !== r11) same = false;
  const r12 = o['status'];
  const v12 = check94(r12);
  if (v12 === REJECTED || (r12 === undefined && !('status' in o))) return REJECTED;
  if (v12 !== r12) same = false;
  const r13 = o['submittedBy'];
  const v13 = check0(r13);
  if (v13 === REJECTED || (r13 === undefined && !('submittedBy' in o))) return REJECTED;
  if (v13 !== r13) same = false;
  const r14 = o['submittedAt'];
  const v14 = check8(r14);
  if (v14 === REJECTED || (r14 === undefined && !('submittedAt' in o))) return REJECTED;
  if (v14 !== r14) same = false;
  const r15 = o['decidedBy'];
  const v15 = check17(r15);
  if (v15 === REJECTED || (r15 === undefined && !('decidedBy' in o))) return REJECTED;
  if (v15 !== r15) same = false;
  const r16 = o['decidedAt'];
  const v16 = check49(r16);
  if (v16 === REJECTED || (r16 === undefined && !('decidedAt' in o))) return REJECTED;
  if (v16 !== r16) same = false;
  const r17 = o['decisionReason'];
  const v17 = check2(r17);
  if (v17 === REJECTED || (r17 === undefined && !('decisionReason' in o))) return REJECTED;
  if (v17 !== r17) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['decision'] = v2;
  out['calculationId'] = v3;
  out['calculationVersion'] = v4;
  out['amountFen'] = v5;
  out['claimedFen'] = v6;
  out['denialClause'] = v7;
  out['explanation'] = v8;
  out['payeeName'] = v9;
  out['payeeAccountMasked'] = v10;
  out['proposal'] = v11;
  out['status'] = v12;
  out['submittedBy'] = v13;
  out['submittedAt'] = v14;
  out['decidedBy'] = v15;
  out['decidedAt'] = v16;
  out['decisionReason'] = v17;
  return out;
}

/** payment › kind */
function check96(x: unknown): unknown {
  return x === 'settlement' || x === 'advance' || x === 'disaster-prepayment' ? x : REJECTED;
}

/** payment */
function check97(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 9;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['kind'];
  const v2 = check96(r2);
  if (v2 === REJECTED || (r2 === undefined && !('kind' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['amountFen'];
  const v3 = check9(r3);
  if (v3 === REJECTED || (r3 === undefined && !('amountFen' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['balanceAfterFen'];
  const v4 = check9(r4);
  if (v4 === REJECTED || (r4 === undefined && !('balanceAfterFen' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['payeeName'];
  const v5 = check1(r5);
  if (v5 === REJECTED || (r5 === undefined && !('payeeName' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['payeeAccountMasked'];
  const v6 = check1(r6);
  if (v6 === REJECTED || (r6 === undefined && !('payeeAccountMasked' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['paidBy'];
  const v7 = check0(r7);
  if (v7 === REJECTED || (r7 === undefined && !('paidBy' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['paidAt'];
  const v8 = check8(r8);
  if (v8 === REJECTED || (r8 === undefined && !('paidAt' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['kind'] = v2;
  out['amountFen'] = v3;
  out['balanceAfterFen'] = v4;
  out['payeeName'] = v5;
  out['payeeAccountMasked'] = v6;
  out['paidBy'] = v7;
  out['paidAt'] = v8;
  return out;
}

/** conflict › resolution */
function check98(x: unknown): unknown {
  return x === 'open' || x === 'kept-mine' || x === 'kept-theirs' || x === 'merged' ? x : REJECTED;
}

/** conflict */
function check99(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 13;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['mutationId'];
  const v2 = check0(r2);
  if (v2 === REJECTED || (r2 === undefined && !('mutationId' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['mutationName'];
  const v3 = check1(r3);
  if (v3 === REJECTED || (r3 === undefined && !('mutationName' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['authorId'];
  const v4 = check0(r4);
  if (v4 === REJECTED || (r4 === undefined && !('authorId' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['entity'];
  const v5 = check1(r5);
  if (v5 === REJECTED || (r5 === undefined && !('entity' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['entityId'];
  const v6 = check0(r6);
  if (v6 === REJECTED || (r6 === undefined && !('entityId' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['field'];
  const v7 = check2(r7);
  if (v7 === REJECTED || (r7 === undefined && !('field' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['mine'];
  const v8 = check40(r8);
  if (v8 === REJECTED || (r8 === undefined && !('mine' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['theirs'];
  const v9 = check40(r9);
  if (v9 === REJECTED || (r9 === undefined && !('theirs' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  const r10 = o['reason'];
  const v10 = check1(r10);
  if (v10 === REJECTED || (r10 === undefined && !('reason' in o))) return REJECTED;
  if (v10 !== r10) same = false;
  const r11 = o['resolution'];
  const v11 = check98(r11);
  if (v11 === REJECTED || (r11 === undefined && !('resolution' in o))) return REJECTED;
  if (v11 !== r11) same = false;
  const r12 = o['createdAt'];
  const v12 = check8(r12);
  if (v12 === REJECTED || (r12 === undefined && !('createdAt' in o))) return REJECTED;
  if (v12 !== r12) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['mutationId'] = v2;
  out['mutationName'] = v3;
  out['authorId'] = v4;
  out['entity'] = v5;
  out['entityId'] = v6;
  out['field'] = v7;
  out['mine'] = v8;
  out['theirs'] = v9;
  out['reason'] = v10;
  out['resolution'] = v11;
  out['createdAt'] = v12;
  return out;
}

/** siteSurvey › survey › location › text */
function check100(x: unknown): unknown {
  const result = z.safeParse(PART6, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › location › source */
function check101(x: unknown): unknown {
  return x === 'device' || x === 'photo' || x === 'typed' ? x : REJECTED;
}

/** siteSurvey › survey › location */
function check102(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 4;
  const r0 = o['text'];
  const v0 = check100(r0);
  if (v0 === REJECTED || (r0 === undefined && !('text' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['lat'];
  const v1 = check51(r1);
  if (v1 === REJECTED || (r1 === undefined && !('lat' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['lng'];
  const v2 = check53(r2);
  if (v2 === REJECTED || (r2 === undefined && !('lng' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['source'];
  const v3 = check101(r3);
  if (v3 === REJECTED || (r3 === undefined && !('source' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['text'] = v0;
  out['lat'] = v1;
  out['lng'] = v2;
  out['source'] = v3;
  return out;
}

/** siteSurvey › survey › weather */
function check103(x: unknown): unknown {
  return x === 'clear' ||
    x === 'cloudy' ||
    x === 'rain' ||
    x === 'snow' ||
    x === 'fog' ||
    x === 'wind'
    ? x
    : REJECTED;
}

/** siteSurvey › survey › parties › element › name */
function check104(x: unknown): unknown {
  const result = z.safeParse(PART7, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › parties › element › role */
function check105(x: unknown): unknown {
  return x === 'insured' || x === 'third-party' || x === 'witness' ? x : REJECTED;
}

/** siteSurvey › survey › parties › element › phone */
function check106(x: unknown): unknown {
  const result = z.safeParse(PART8, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › parties › element › idNumber */
function check107(x: unknown): unknown {
  const result = z.safeParse(PART9, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › parties › element */
function check108(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 4;
  const r0 = o['name'];
  const v0 = check104(r0);
  if (v0 === REJECTED || (r0 === undefined && !('name' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['role'];
  const v1 = check105(r1);
  if (v1 === REJECTED || (r1 === undefined && !('role' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['phone'];
  const v2 = check106(r2);
  if (v2 === REJECTED || (r2 === undefined && !('phone' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['idNumber'];
  const v3 = check107(r3);
  if (v3 === REJECTED || (r3 === undefined && !('idNumber' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['name'] = v0;
  out['role'] = v1;
  out['phone'] = v2;
  out['idNumber'] = v3;
  return out;
}

/** siteSurvey › survey › parties */
function check109(x: unknown): unknown {
  if (!Array.isArray(x) || !(x.length <= 10)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check108(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check108(a[i]);
  return values;
}

/** siteSurvey › survey › vehicles › element › plate */
function check110(x: unknown): unknown {
  const result = z.safeParse(PART10, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › vehicles › element › description */
function check111(x: unknown): unknown {
  const result = z.safeParse(PART11, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › vehicles › element */
function check112(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['plate'];
  const v0 = check110(r0);
  if (v0 === REJECTED || (r0 === undefined && !('plate' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['description'];
  const v1 = check111(r1);
  if (v1 === REJECTED || (r1 === undefined && !('description' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['plate'] = v0;
  out['description'] = v1;
  return out;
}

/** siteSurvey › survey › vehicles */
function check113(x: unknown): unknown {
  if (!Array.isArray(x) || !(x.length <= 10)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check112(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check112(a[i]);
  return values;
}

/** siteSurvey › survey › damages › element › severity */
function check114(x: unknown): unknown {
  return x === 'light' || x === 'moderate' || x === 'severe' ? x : REJECTED;
}

/** siteSurvey › survey › damages › element › note */
function check115(x: unknown): unknown {
  const result = z.safeParse(PART12, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › damages › element */
function check116(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 3;
  const r0 = o['part'];
  const v0 = check47(r0);
  if (v0 === REJECTED || (r0 === undefined && !('part' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['severity'];
  const v1 = check114(r1);
  if (v1 === REJECTED || (r1 === undefined && !('severity' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['note'];
  const v2 = check115(r2);
  if (v2 === REJECTED || (r2 === undefined && !('note' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['part'] = v0;
  out['severity'] = v1;
  out['note'] = v2;
  return out;
}

/** siteSurvey › survey › damages */
function check117(x: unknown): unknown {
  if (!Array.isArray(x) || !(x.length <= 40)) return REJECTED;
  const a = x as unknown[];
  // Whether the array already is its own output; only then is nothing built.
  let same = Object.getPrototypeOf(a) === Array.prototype;
  for (let i = 0; i < a.length; i++) {
    const input = a[i];
    const value = check116(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input || (input === undefined && !(i in a))) same = false;
  }
  if (same) return a;
  // zod's output has no holes: a missing element is checked, and kept, as undefined.
  const values: unknown[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) values[i] = check116(a[i]);
  return values;
}

/** siteSurvey › survey › liabilityRatio */
function check118(x: unknown): unknown {
  const result = z.safeParse(PART13, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › injuries › count */
function check119(x: unknown): unknown {
  return typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 99
    ? x
    : REJECTED;
}

/** siteSurvey › survey › injuries › description */
function check120(x: unknown): unknown {
  const result = z.safeParse(PART14, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › injuries */
function check121(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 2;
  const r0 = o['count'];
  const v0 = check119(r0);
  if (v0 === REJECTED || (r0 === undefined && !('count' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['description'];
  const v1 = check120(r1);
  if (v1 === REJECTED || (r1 === undefined && !('description' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['count'] = v0;
  out['description'] = v1;
  return out;
}

/** siteSurvey › survey › policeReportNumber */
function check122(x: unknown): unknown {
  const result = z.safeParse(PART15, x);
  return result.success ? result.data : REJECTED;
}

/** siteSurvey › survey › signature */
function check123(x: unknown): unknown {
  return typeof x === 'string' &&
    PATTERN1.test(x) &&
    (x.length <= 300000 || codePointLength(x) <= 300000)
    ? x
    : REJECTED;
}

/** siteSurvey › survey */
function check124(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 10;
  const r0 = o['surveyedAt'];
  const v0 = check8(r0);
  if (v0 === REJECTED || (r0 === undefined && !('surveyedAt' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['location'];
  const v1 = check102(r1);
  if (v1 === REJECTED || (r1 === undefined && !('location' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['weather'];
  const v2 = check103(r2);
  if (v2 === REJECTED || (r2 === undefined && !('weather' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['parties'];
  const v3 = check109(r3);
  if (v3 === REJECTED || (r3 === undefined && !('parties' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['vehicles'];
  const v4 = check113(r4);
  if (v4 === REJECTED || (r4 === undefined && !('vehicles' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['damages'];
  const v5 = check117(r5);
  if (v5 === REJECTED || (r5 === undefined && !('damages' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  const r6 = o['liabilityRatio'];
  const v6 = check118(r6);
  if (v6 === REJECTED || (r6 === undefined && !('liabilityRatio' in o))) return REJECTED;
  if (v6 !== r6) same = false;
  const r7 = o['injuries'];
  const v7 = check121(r7);
  if (v7 === REJECTED || (r7 === undefined && !('injuries' in o))) return REJECTED;
  if (v7 !== r7) same = false;
  const r8 = o['policeReportNumber'];
  const v8 = check122(r8);
  if (v8 === REJECTED || (r8 === undefined && !('policeReportNumber' in o))) return REJECTED;
  if (v8 !== r8) same = false;
  const r9 = o['signature'];
  const v9 = check123(r9);
  if (v9 === REJECTED || (r9 === undefined && !('signature' in o))) return REJECTED;
  if (v9 !== r9) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['surveyedAt'] = v0;
  out['location'] = v1;
  out['weather'] = v2;
  out['parties'] = v3;
  out['vehicles'] = v4;
  out['damages'] = v5;
  out['liabilityRatio'] = v6;
  out['injuries'] = v7;
  out['policeReportNumber'] = v8;
  out['signature'] = v9;
  return out;
}

/** siteSurvey */
function check125(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 5;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['caseId'];
  const v1 = check0(r1);
  if (v1 === REJECTED || (r1 === undefined && !('caseId' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['surveyorId'];
  const v2 = check0(r2);
  if (v2 === REJECTED || (r2 === undefined && !('surveyorId' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['survey'];
  const v3 = check124(r3);
  if (v3 === REJECTED || (r3 === undefined && !('survey' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['submittedAt'];
  const v4 = check8(r4);
  if (v4 === REJECTED || (r4 === undefined && !('submittedAt' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['caseId'] = v1;
  out['surveyorId'] = v2;
  out['survey'] = v3;
  out['submittedAt'] = v4;
  return out;
}

/** user › role */
function check126(x: unknown): unknown {
  return x === 'adjuster' || x === 'field' || x === 'supervisor' || x === 'admin' ? x : REJECTED;
}

/** user */
function check127(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 6;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['displayName'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('displayName' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['role'];
  const v2 = check126(r2);
  if (v2 === REJECTED || (r2 === undefined && !('role' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  const r3 = o['teamId'];
  const v3 = check17(r3);
  if (v3 === REJECTED || (r3 === undefined && !('teamId' in o))) return REJECTED;
  if (v3 !== r3) same = false;
  const r4 = o['authorityLimitFen'];
  const v4 = check9(r4);
  if (v4 === REJECTED || (r4 === undefined && !('authorityLimitFen' in o))) return REJECTED;
  if (v4 !== r4) same = false;
  const r5 = o['active'];
  const v5 = check18(r5);
  if (v5 === REJECTED || (r5 === undefined && !('active' in o))) return REJECTED;
  if (v5 !== r5) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['displayName'] = v1;
  out['role'] = v2;
  out['teamId'] = v3;
  out['authorityLimitFen'] = v4;
  out['active'] = v5;
  return out;
}

/** team */
function check128(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;
  const o = x as Record<string, unknown>;
  // Whether the object already is its own output: nothing stripped, filled in or rebuilt.
  let same = Object.getPrototypeOf(o) === Object.prototype;
  const present = 3;
  const r0 = o['id'];
  const v0 = check0(r0);
  if (v0 === REJECTED || (r0 === undefined && !('id' in o))) return REJECTED;
  if (v0 !== r0) same = false;
  const r1 = o['name'];
  const v1 = check1(r1);
  if (v1 === REJECTED || (r1 === undefined && !('name' in o))) return REJECTED;
  if (v1 !== r1) same = false;
  const r2 = o['region'];
  const v2 = check1(r2);
  if (v2 === REJECTED || (r2 === undefined && !('region' in o))) return REJECTED;
  if (v2 !== r2) same = false;
  if (same && present === ownKeyCount(o)) return o;
  const out: Record<string, unknown> = {};
  out['id'] = v0;
  out['name'] = v1;
  out['region'] = v2;
  return out;
}

/**
 * Each entity's record check: the record as its schema's safeParse would
 * return it (possibly the input itself), or REJECTED.
 */
export const RECORD_CHECKS = {
  case: check37,
  event: check42,
  material: check44,
  document: check62,
  flag: check75,
  note: check77,
  contact: check85,
  calculation: check89,
  approval: check95,
  payment: check97,
  conflict: check99,
  siteSurvey: check125,
  user: check127,
  team: check128,
} as { [E in EntityName]: (input: unknown) => EntityRecord<E> | typeof REJECTED };
