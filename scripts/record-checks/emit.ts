import { z } from 'zod';

/**
 * Writes zod schemas out as plain TypeScript checks, one function per part,
 * reading each field by its name. The workstation's pages forbid eval, so
 * zod cannot compile its objects there and walks every record through
 * payloads and issue lists; a first sync checks hundreds of thousands.
 *
 * A check accepts exactly what the schema's safeParse accepts and returns the
 * same output (unknown keys dropped, defaults filled), or REJECTED; it does
 * not say why. A record that already is its own output is returned as it is,
 * not copied. A part of a schema this does not know (a refinement, a
 * transform, a trimmed string) is handed to that part's own safeParse, so the
 * result is zod's either way.
 */

type AnySchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = { check: string; when?: unknown; [key: string]: unknown };

/** Steps through defs that say nothing about where a field is. */
const HIDDEN_STEPS = new Set(['shape', 'innerType', 'valueType', 'options']);

/** Where a part sits in its root schema's defs, for reaching it from the generated code. */
type DefPath = readonly (string | number)[];

interface Emitter {
  /** Functions by body, so identical parts (every identifier, every time) share one. */
  byBody: Map<string, Emitter['functions'][number]>;
  functions: { name: string; where: string; body: string; uses: number }[];
  /** Parts of the schemas the generated code must reach: defaults and what zod checks itself. */
  parts: { name: string; root: string; path: DefPath }[];
  /** Patterns as module constants: a regex literal in a function is a new object per call. */
  patterns: Map<string, string>;
}

/** The `when` zod gives every length check; a check with another is zod's to run. */
const LENGTH_WHEN = checkDefs(z.string().min(1))[0]?.when;

export interface Root {
  /** The expression the generated file reaches the schema by, e.g. `ENTITY_SCHEMAS.case`. */
  expression: string;
  schema: AnySchema;
}

/** The functions checking each root, by the root's expression, and the code they need. */
export function emitChecks(roots: readonly Root[]): { names: string[]; code: string } {
  const emitter: Emitter = {
    byBody: new Map(),
    functions: [],
    parts: [],
    patterns: new Map(),
  };
  const names = roots.map(({ expression, schema }) => emit(emitter, schema, expression, []));
  const parts = emitter.parts.map(
    ({ name, root, path }) => `const ${name} = partOf(${root}, ${JSON.stringify(path)});`,
  );
  const patterns = [...emitter.patterns].map(([source, name]) => `const ${name} = ${source};`);
  const functions = emitter.functions.map(({ name, where, body, uses }) => {
    const also = uses > 1 ? `, and ${uses - 1} more` : '';
    return `/** ${where}${also} */\nfunction ${name}(x: unknown): unknown {\n${body}\n}`;
  });
  return { names, code: [...parts, ...patterns, ...functions].join('\n\n') };
}

function checkDefs(schema: AnySchema): CheckDef[] {
  const checks = (schema._zod.def as Def).checks as z.core.$ZodCheck[] | undefined;
  return (checks ?? []).map((check) => check._zod.def as unknown as CheckDef);
}

/** The name of a function `(x: unknown) => unknown` checking `schema`. */
function emit(emitter: Emitter, schema: AnySchema, root: string, path: DefPath): string {
  const body = ownBody(emitter, schema, root, path) ?? delegated(emitter, root, path);
  const known = emitter.byBody.get(body);
  if (known) {
    known.uses++;
    return known.name;
  }
  const steps = path.filter((step) => typeof step === 'string' && !HIDDEN_STEPS.has(step));
  const where = [root.split('.').at(-1), ...steps].join(' › ');
  const fn = { name: `check${emitter.functions.length}`, where, body, uses: 1 };
  emitter.byBody.set(body, fn);
  emitter.functions.push(fn);
  return fn.name;
}

function part(emitter: Emitter, root: string, path: DefPath): string {
  const name = `PART${emitter.parts.length}`;
  emitter.parts.push({ name, root, path });
  return name;
}

function delegated(emitter: Emitter, root: string, path: DefPath): string {
  const schema = part(emitter, root, path);
  return `const result = z.safeParse(${schema}, x);\nreturn result.success ? result.data : REJECTED;`;
}

/** The body of a function checking a schema this module knows, or null to leave it to zod. */
function ownBody(emitter: Emitter, schema: AnySchema, root: string, path: DefPath): string | null {
  const def = schema._zod.def as Def;
  // A string format (z.email()) is its own check, on top of any in its def.
  if (def.coerce === true || schema._zod.traits.has('$ZodCheck')) return null;
  const checks = checkDefs(schema);
  const inner = (key: string) => emit(emitter, def[key] as AnySchema, root, [...path, key]);
  switch (def.type) {
    case 'string':
    case 'number': {
      const tests = leafTests(emitter, def.type, checks);
      return tests === null ? null : `return ${tests.join(' && ')} ? x : REJECTED;`;
    }
    case 'boolean':
      return checks.length ? null : `return typeof x === 'boolean' ? x : REJECTED;`;
    case 'unknown':
    case 'any':
      return checks.length ? null : 'return x;';
    case 'null':
      return checks.length ? null : 'return x === null ? null : REJECTED;';
    case 'enum':
    case 'literal':
      return checks.length ? null : valuesBody(schema);
    case 'nullable':
      return checks.length ? null : `return x === null ? null : ${inner('innerType')}(x);`;
    case 'optional': {
      if (checks.length || schema._zod.traits.has('$ZodExactOptional')) return null;
      // Only a default beneath an optional puts a value in place of nothing.
      const innerType = def.innerType as AnySchema;
      return innerType._zod.optin === 'defaulted'
        ? `return ${inner('innerType')}(x);`
        : `return x === undefined ? undefined : ${inner('innerType')}(x);`;
    }
    case 'default': {
      if (checks.length) return null;
      // Read from the def each time: zod gives each parse its own copy of the default.
      const schemaPart = part(emitter, root, path);
      const fallback = `(${schemaPart}._zod.def as unknown as { defaultValue: unknown }).defaultValue`;
      return [
        `if (x === undefined) return ${fallback};`,
        `const value = ${inner('innerType')}(x);`,
        `return value === undefined ? ${fallback} : value;`,
      ].join('\n');
    }
    case 'array':
      return arrayBody(() => inner('element'), checks);
    case 'object':
      return checks.length ? null : objectBody(emitter, def, root, path);
    case 'record':
      return checks.length ? null : recordBody(def, inner);
    case 'union':
      // Only a plain union takes its first passing option; xor and discriminated unions choose otherwise.
      if (checks.length || def.inclusive === false || 'discriminator' in def) return null;
      return unionBody(emitter, def, root, path);
    default:
      return null;
  }
}

/** Conditions on `x` that hold exactly when zod accepts a string or number, or null. */
function leafTests(
  emitter: Emitter,
  type: 'string' | 'number',
  checks: readonly CheckDef[],
): string[] | null {
  const tests =
    type === 'string' ? ["typeof x === 'string'"] : ["typeof x === 'number'", 'Number.isFinite(x)'];
  for (const check of checks) {
    const test = type === 'string' ? stringTest(emitter, check) : numberTest(check);
    if (test === null) return null;
    tests.push(test);
  }
  return tests;
}

/** zod counts a string's length in code points: two UTF-16 units at most each. */
function stringTest(emitter: Emitter, check: CheckDef): string | null {
  const { minimum, maximum, pattern } = check as {
    minimum?: number;
    maximum?: number;
    pattern?: unknown;
  };
  if (check.check === 'min_length' && check.when === LENGTH_WHEN && typeof minimum === 'number')
    return `(x.length >= ${minimum * 2} || codePointLength(x) >= ${minimum})`;
  if (check.check === 'max_length' && check.when === LENGTH_WHEN && typeof maximum === 'number')
    return `(x.length <= ${maximum} || codePointLength(x) <= ${maximum})`;
  if (check.check === 'string_format' && !check.when && pattern instanceof RegExp) {
    // A global or sticky pattern carries lastIndex between tests; zod resets it, and so must this.
    if (pattern.global || pattern.sticky) return null;
    const source = pattern.toString();
    const name = emitter.patterns.get(source) ?? `PATTERN${emitter.patterns.size}`;
    emitter.patterns.set(source, name);
    return `${name}.test(x)`;
  }
  return null;
}

function numberTest(check: CheckDef): string | null {
  if (check.when) return null;
  const { value, inclusive, format } = check as {
    value?: unknown;
    inclusive?: boolean;
    format?: string;
  };
  if (check.check === 'number_format' && format === 'safeint') return 'Number.isSafeInteger(x)';
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (check.check === 'greater_than') return `x ${inclusive ? '>=' : '>'} ${value}`;
  if (check.check === 'less_than') return `x ${inclusive ? '<=' : '<'} ${value}`;
  return null;
}

function valuesBody(schema: AnySchema): string | null {
  const values = [...(schema._zod.values ?? [])];
  const literal = (v: unknown) =>
    v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number';
  if (values.length === 0 || !values.every(literal)) return null;
  // NaN never equals itself, and zod's Set tells 0 from -0 no more than === does.
  if (values.some((v) => Number.isNaN(v))) return null;
  const tests = values.map((v) => `x === ${JSON.stringify(v)}`);
  return `return ${tests.join(' || ')} ? x : REJECTED;`;
}

/**
 * `element` is asked for only once the array's own checks are known: each
 * call writes a function, which an array left to zod would never use.
 */
function arrayBody(element: () => string, checks: readonly CheckDef[]): string | null {
  const tests: string[] = [];
  for (const check of checks) {
    const { minimum, maximum } = check as { minimum?: number; maximum?: number };
    if (check.when !== LENGTH_WHEN) return null;
    if (check.check === 'min_length' && typeof minimum === 'number')
      tests.push(`x.length >= ${minimum}`);
    else if (check.check === 'max_length' && typeof maximum === 'number')
      tests.push(`x.length <= ${maximum}`);
    else return null;
  }
  const bounds = tests.length ? ` || !(${tests.join(' && ')})` : '';
  const check = element();
  return `if (!Array.isArray(x)${bounds}) return REJECTED;
const a = x as unknown[];
// Whether the array already is its own output; only then is nothing built.
let same = Object.getPrototypeOf(a) === Array.prototype;
for (let i = 0; i < a.length; i++) {
  const input = a[i];
  const value = ${check}(input);
  if (value === REJECTED) return REJECTED;
  if (value !== input || (input === undefined && !(i in a))) same = false;
}
if (same) return a;
// zod's output has no holes: a missing element is checked, and kept, as undefined.
const values: unknown[] = new Array(a.length);
for (let i = 0; i < a.length; i++) values[i] = ${check}(a[i]);
return values;`;
}

function objectBody(emitter: Emitter, def: Def, root: string, path: DefPath): string | null {
  const shape = def.shape as Record<string, AnySchema>;
  if (def.catchall || Object.getOwnPropertySymbols(shape).length) return null;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return null;
  const lines = [
    "if (typeof x !== 'object' || x === null || Array.isArray(x)) return REJECTED;",
    'const o = x as Record<string, unknown>;',
    '// Whether the object already is its own output: nothing stripped, filled in or rebuilt.',
    `${keys.length ? 'let' : 'const'} same = Object.getPrototypeOf(o) === Object.prototype;`,
  ];
  // Every required key is there once its field passes; optional ones count as they are found.
  const required = keys.filter((key) => (shape[key] as AnySchema)._zod.optin === undefined);
  lines.push(`${required.length === keys.length ? 'const' : 'let'} present = ${required.length};`);
  const build: string[] = [];
  keys.forEach((key, i) => {
    const field = shape[key] as AnySchema;
    const check = emit(emitter, field, root, [...path, 'shape', key]);
    const checked = fieldLines(key, i, check, field._zod.optin, field._zod.optout);
    lines.push(...checked.lines);
    build.push(checked.build);
  });
  lines.push(
    'if (same && present === ownKeyCount(o)) return o;',
    'const out: Record<string, unknown> = {};',
    ...build,
    'return out;',
  );
  return lines.join('\n');
}

/**
 * One field, by zod's own rules for objects: which absent keys may be left
 * out, which are an error, and which come back (as a default, or undefined).
 * Returns the lines checking it and the line putting it in a built output.
 */
function fieldLines(
  key: string,
  i: number,
  check: string,
  optin: 'optional' | 'defaulted' | undefined,
  optout: 'optional' | undefined,
): { lines: string[]; build: string } {
  const k = JSON.stringify(key);
  const [r, p, v] = [`r${i}`, `p${i}`, `v${i}`];
  const read = `const ${r} = o[${k}];`;
  // Only an undefined value can mean an absent key, so only then is \`in\` asked.
  const isPresent = `${r} !== undefined || ${k} in o`;
  if (optin === undefined)
    return {
      lines: [
        read,
        `const ${v} = ${check}(${r});`,
        `if (${v} === REJECTED || (${r} === undefined && !(${k} in o))) return REJECTED;`,
        `if (${v} !== ${r}) same = false;`,
      ],
      build: `out[${k}] = ${v};`,
    };
  const build = `if (${v} !== ABSENT) out[${k}] = ${v};`;
  if (optin === 'optional' && optout === 'optional')
    return {
      lines: [
        read,
        `const ${p} = ${isPresent};`,
        `const ${v} = ${p} ? ${check}(${r}) : ABSENT;`,
        `if (${v} === REJECTED) return REJECTED;`,
        `if (${p}) present++;`,
        `if (${p} && ${v} !== ${r}) same = false;`,
      ],
      build,
    };
  // zod leaves out an absent optional key whose schema refuses undefined, rather than failing.
  const refused =
    optout === 'optional'
      ? `if (${v} === REJECTED) {\nif (${p}) return REJECTED;\n${v} = ABSENT;\n}`
      : `if (${v} === REJECTED) return REJECTED;`;
  // An absent key comes back as undefined only beneath a default that is not optional.
  const leftOut = optin !== 'defaulted' || optout === 'optional';
  return {
    lines: [
      read,
      `const ${p} = ${isPresent};`,
      `${leftOut ? 'let' : 'const'} ${v} = ${check}(${r});`,
      refused,
      ...(leftOut ? [`if (${v} === undefined && !${p}) ${v} = ABSENT;`] : []),
      `if (${p}) present++;`,
      `if (${v} !== ABSENT && (${v} !== ${r} || !${p})) same = false;`,
    ],
    build,
  };
}

function recordBody(def: Def, inner: (key: string) => string): string | null {
  const keyType = def.keyType as AnySchema;
  const keyDef = keyType._zod.def as Def;
  // A bare string key accepts every string key; any other key schema is zod's to judge.
  if (keyDef.type !== 'string' || keyDef.coerce === true || checkDefs(keyType).length) return null;
  const value = inner('valueType');
  return `if (!isPlainObject(x) || hasSymbolKeys(x)) return REJECTED;
const o = x as Record<string, unknown>;
// Whether the record already is its own output; only then is nothing built.
let same = Object.getPrototypeOf(o) === Object.prototype;
for (const key in o) {
  if (!Object.hasOwn(o, key)) continue;
  // zod never copies a __proto__ key: it would set the output's prototype.
  if (key === '__proto__') same = false;
  else {
    const input = o[key];
    const value = ${value}(input);
    if (value === REJECTED) return REJECTED;
    if (value !== input) same = false;
  }
}
if (same) return o;
const out: Record<string, unknown> = {};
for (const key in o) if (Object.hasOwn(o, key) && key !== '__proto__') out[key] = ${value}(o[key]);
return out;`;
}

function unionBody(emitter: Emitter, def: Def, root: string, path: DefPath): string {
  const options = (def.options as AnySchema[]).map((option, i) =>
    emit(emitter, option, root, [...path, 'options', i]),
  );
  return [
    'let value: unknown;',
    ...options.map((option) => `value = ${option}(x);\nif (value !== REJECTED) return value;`),
    'return REJECTED;',
  ].join('\n');
}
