import { COMMON_SURNAMES } from '../people';
import { zh_CN } from '@faker-js/faker';
import { residentIdCheckChar } from '@shared/domain/resident-id';
import type { Rng } from './random';
import { GENDERS } from './vocabulary';

/** The surnames the demo organisation uses for its people (organisation.ts). */
export const SURNAMES = COMMON_SURNAMES;

const FIRST_NAMES: readonly string[] = (() => {
  const entry = zh_CN.person?.first_name;
  const lists = entry ? [entry.generic, entry.female, entry.male] : [];
  return [...new Set(lists.flatMap((list) => list ?? []))];
})();

export function personName(rng: Rng, surname: string = rng.pick(SURNAMES)): string {
  return `${surname}${rng.pick(FIRST_NAMES)}`;
}

/** A name that is visibly someone else's: another surname, another given name. */
export function otherPersonName(rng: Rng, notThis: string): string {
  for (;;) {
    const candidate = personName(rng);
    if (candidate[0] !== notThis[0] && candidate !== notThis) return candidate;
  }
}

const REGION_CODES = ['310101', '440106', '110105', '320102', '330106', '510104', '420102'];

/** A valid GB 11643 number for someone born between the given years. */
export function residentIdNumber(rng: Rng, bornFrom: number, bornTo: number): string {
  const year = rng.int(bornFrom, bornTo);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const body = `${rng.pick(REGION_CODES)}${year}${month}${day}${rng.digits(3)}`;
  return `${body}${residentIdCheckChar(body)}`;
}

/** The same number with a check character that does not fit the body. */
export function withWrongCheckChar(idNumber: string, rng: Rng): string {
  const body = idNumber.slice(0, 17);
  const right = residentIdCheckChar(body);
  const wrong = rng.pick(Array.from('0123456789X').filter((c) => c !== right));
  return `${body}${wrong}`;
}

export interface IdDetails {
  gender: (typeof GENDERS)[number];
  birth: { year: number; month: number; day: number };
}

/** Gender and birth date read from an 18-character resident ID; null for anything else. */
export function readResidentId(idNumber: string): IdDetails | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{2}(\d)[\dX]$/.exec(idNumber);
  if (!match) return null;
  const [, year, month, day, sexDigit] = match;
  return {
    gender: Number(sexDigit) % 2 === 1 ? GENDERS[0] : GENDERS[1],
    birth: { year: Number(year), month: Number(month), day: Number(day) },
  };
}
