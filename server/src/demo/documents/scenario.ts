import { dateTimeCn, DAY_MS } from './dates';
import { ACCIDENT_CERTIFICATE, INSURERS } from './labels';
import { otherPersonName, personName, readResidentId, residentIdNumber } from './people';
import type { Rng } from './random';
import type { DemoCaseFacts } from './types';
import * as v from './vocabulary';

/** The story behind one case: who treated, repaired, certified or claimed what. */
export interface Scenario {
  facts: DemoCaseFacts;
  insurer: string;
  city: string;
  narrative: string;
  gender: (typeof v.GENDERS)[number];
  birth: { year: number; month: number; day: number };
  age: number;
  homeAddress: string;
  idIssuedAt: number;
  idAuthority: string;
  bank: string;
  cardNumber: string;
  hospital: string;
  department: string;
  doctor: string;
  diagnosis: string;
  stayDays: number;
  inpatientNo: string;
  outpatientNo: string;
  garage: string;
  plate: string;
  vehicle: string;
  liability: string;
  policeUnit: string;
  officer: string;
  certificateNo: string;
  deceased: {
    name: string;
    idNumber: string;
    gender: (typeof v.GENDERS)[number];
    relation: string;
  };
  causeOfDeath: string;
  thirdParty: string;
  propertyCause: string;
  cashier: string;
}

export function buildScenario(facts: DemoCaseFacts, rng: Rng): Scenario {
  const city = v.CITIES.find((c) => facts.lossLocation.startsWith(c)) ?? rng.pick(v.CITIES);
  const identity = readResidentId(facts.claimantIdNumber);
  const birthYear = identity?.birth.year ?? rng.int(1960, 1995);
  const lossYear = new Date(facts.lossAt).getUTCFullYear();
  const base = {
    facts,
    insurer: facts.line === 'LIFE' || facts.line === 'CI' ? INSURERS.life : INSURERS.nonLife,
    city,
    gender: identity?.gender ?? rng.pick(v.GENDERS),
    birth: identity?.birth ?? { year: birthYear, month: rng.int(1, 12), day: rng.int(1, 28) },
    age: Math.max(18, lossYear - birthYear),
    homeAddress: `${city}市${rng.pick(v.DISTRICTS)}${rng.pick(v.ROADS)}${rng.int(1, 999)}号`,
    idIssuedAt: facts.lossAt - rng.int(400, 3600) * DAY_MS,
    idAuthority: `${city}市${v.ISSUING_AUTHORITY_SUFFIX}`,
    bank: rng.pick(v.BANKS),
    cardNumber: `62${rng.digits(17)}`,
    ...medical(facts, rng, city),
    ...motor(facts, rng, city),
    deceased: deceasedOf(facts, rng),
    causeOfDeath: rng.pick(v.CAUSES_OF_DEATH),
    thirdParty: rng.chance(0.6) ? personName(rng) : `${city}${rng.pick(v.THIRD_PARTY_COMPANIES)}`,
    propertyCause: rng.pick(v.PROPERTY_CAUSES),
    cashier: personName(rng),
  };
  return { ...base, narrative: narrativeOf(base, rng) };
}

function medical(facts: DemoCaseFacts, rng: Rng, city: string) {
  const diagnoses =
    facts.line === 'CI'
      ? v.CRITICAL_DIAGNOSES
      : facts.line === 'ACCIDENT'
        ? v.INJURY_DIAGNOSES
        : v.MEDICAL_DIAGNOSES;
  return {
    hospital: `${city}市${rng.pick(v.HOSPITAL_SUFFIXES)}`,
    department: facts.line === 'ACCIDENT' ? '骨科' : rng.pick(v.DEPARTMENTS),
    doctor: personName(rng),
    diagnosis: rng.pick(diagnoses),
    stayDays: rng.int(2, 12),
    inpatientNo: `ZY${rng.digits(8)}`,
    outpatientNo: `MZ${rng.digits(9)}`,
  };
}

function motor(facts: DemoCaseFacts, rng: Rng, city: string) {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const prefix = v.PLATE_PREFIX[city] ?? `${v.PLATE_PREFIX['上海'] ?? ''}`;
  const plateTail = `${prefix.length === 1 ? rng.pick(Array.from(letters)) : ''}${rng.pick(Array.from(letters))}${rng.digits(4)}`;
  const year = new Date(facts.lossAt).getUTCFullYear();
  return {
    garage: `${city}${rng.pick(v.GARAGE_TRADES)}${v.GARAGE_SUFFIX}`,
    plate: `${prefix}${plateTail}`,
    vehicle: rng.pick(v.VEHICLES),
    liability: rng.pick(v.LIABILITIES),
    policeUnit: `${city}市公安局${rng.pick(v.POLICE_UNITS)}`,
    officer: personName(rng),
    certificateNo: v.fill(ACCIDENT_CERTIFICATE.number, {
      prefix: prefix.slice(0, 1),
      year: String(year),
      serial: rng.digits(5),
    }),
  };
}

function deceasedOf(facts: DemoCaseFacts, rng: Rng): Scenario['deceased'] {
  const surname = facts.customerKind === 'individual' ? facts.claimantName.slice(0, 1) : undefined;
  const name = surname ? personName(rng, surname) : otherPersonName(rng, facts.claimantName);
  const idNumber = residentIdNumber(rng, 1940, 1975);
  return {
    name: name === facts.claimantName ? otherPersonName(rng, facts.claimantName) : name,
    idNumber,
    gender: readResidentId(idNumber)?.gender ?? '男',
    relation: rng.pick(v.RELATIONS),
  };
}

function narrativeOf(s: Omit<Scenario, 'narrative'>, rng: Rng): string {
  const { facts } = s;
  return v.fill(rng.pick(v.NARRATIVES[facts.line]), {
    time: dateTimeCn(facts.lossAt),
    name: facts.claimantName,
    plate: s.plate,
    vehicle: s.vehicle,
    location: facts.lossLocation,
    hospital: s.hospital,
    diagnosis: s.diagnosis,
    deceased: s.deceased.name,
    cause: s.causeOfDeath,
    peril: s.propertyCause,
    third: s.thirdParty,
  });
}
