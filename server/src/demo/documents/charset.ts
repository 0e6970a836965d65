import { zh_CN } from '@faker-js/faker';
import * as labels from './labels';
import { SURNAMES } from './people';
import * as vocabulary from './vocabulary';

/**
 * The vocabulary of server/src/demo/organisation.ts (not exported there):
 * loss locations use these roads and team names; enterprise names and
 * surnames live in vocabulary.ts and people.ts.
 */
const ORGANISATION_VOCABULARY = [
  '人民中山解放建设长江延安南京淮海滨江世纪和平新华光明东风迎宾工业路大道街号市',
  '华东理赔一部华南理赔二部华北理赔三部上海广州北京',
];

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** Every character any demo document can contain; the font subset is made for exactly this set. */
export function demoCharacterSet(): Set<string> {
  const chars = new Set<string>();
  const add = (value: unknown): void => collect(value, chars);
  add(ASCII);
  add(ORGANISATION_VOCABULARY);
  add(SURNAMES);
  add(labels);
  add(vocabulary);
  add(zh_CN.person?.first_name);
  add(zh_CN.location?.city_name);
  return chars;
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const char of value) into.add(char);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collect(item, into);
  }
}

/** Throws naming the first character the subset cannot draw, so a new template string fails loudly. */
export function assertCovered(text: string, chars: { has(char: string): boolean }): void {
  for (const char of text) {
    if (!chars.has(char)) {
      const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(
        `demo documents: character "${char}" (U+${code}) in "${text}" is not in the font subset; ` +
          'add the text to labels.ts or vocabulary.ts',
      );
    }
  }
}
