/**
 * Mainland China licence plates (GA 36). An ordinary plate is a province
 * character, the issuing office's letter and five characters; a new-energy
 * plate has six, starting (small cars) or ending (large vehicles) with the
 * energy letter D (battery) or F (hybrid). I and O are never used, to avoid
 * confusion with 1 and 0.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = '[A-HJ-NP-Z]';
const CHAR = '[A-HJ-NP-Z0-9]';
const SUFFIX = '[挂学警港澳]';

const ORDINARY = new RegExp(`^[${PROVINCES}]${LETTER}${CHAR}{4}(?:${CHAR}|${SUFFIX})$`, 'u');
const NEW_ENERGY_SMALL = new RegExp(`^[${PROVINCES}]${LETTER}[DF]${CHAR}\\d{4}$`, 'u');
const NEW_ENERGY_LARGE = new RegExp(`^[${PROVINCES}]${LETTER}\\d{5}[DF]$`, 'u');

/** The plate as people type it, tidied: no spaces or separator dots, letters upper-case. */
export function normalizePlate(input: string): string {
  return input.replace(/[\s·•.-]/gu, '').toUpperCase();
}

export function isMainlandPlate(input: string): boolean {
  const plate = normalizePlate(input);
  return ORDINARY.test(plate) || NEW_ENERGY_SMALL.test(plate) || NEW_ENERGY_LARGE.test(plate);
}

export function isNewEnergyPlate(input: string): boolean {
  const plate = normalizePlate(input);
  return NEW_ENERGY_SMALL.test(plate) || NEW_ENERGY_LARGE.test(plate);
}
