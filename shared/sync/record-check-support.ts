import { z } from 'zod';

/** What the generated record checks (record-checks.generated.ts) build on. */

/** A check's answer for a value its schema refuses. */
export const REJECTED: unique symbol = Symbol('rejected');

/** Marks a key an object's output leaves out. */
export const ABSENT: unique symbol = Symbol('absent');

export const { codePointLength, isPlainObject } = z.core.util;

export function ownKeyCount(object: object): number {
  let count = 0;
  for (const key in object) if (Object.hasOwn(object, key)) count++;
  return count;
}

/** zod reads a record's enumerable symbol keys too, and a string key schema refuses them. */
export function hasSymbolKeys(object: object): boolean {
  return Object.getOwnPropertySymbols(object).some((key) =>
    Object.prototype.propertyIsEnumerable.call(object, key),
  );
}

/** A part of a schema, by the path through its defs that the generator recorded. */
export function partOf(root: z.core.$ZodType, path: readonly (string | number)[]): z.core.$ZodType {
  let at: unknown = root;
  for (const step of path) {
    const holder = at instanceof z.core.$ZodType ? at._zod.def : at;
    at = (holder as Record<string | number, unknown>)[step];
  }
  if (!(at instanceof z.core.$ZodType)) throw new Error(`no schema at ${path.join('.')}`);
  return at;
}
