import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

/**
 * Text the database cannot store and give back unchanged is refused at the
 * door with a 400 naming the field, in any parameter, query value, body
 * value or key; let through, it would fail as an internal error or, worse,
 * come back altered under a hash computed over the original:
 *
 * - PostgreSQL text cannot hold the NUL character;
 * - PostgreSQL JSON refuses lone UTF-16 surrogates (half a character);
 * - the embedded database (PGlite) drops a byte-order mark (U+FEFF) that
 *   begins a text value when reading it back: an audit entry about such a
 *   value would no longer match its hash.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) =>
  text.includes('\u0000') || text.startsWith('\uFEFF') || LONE_SURROGATE.test(text);

/** The path of the first unstorable string (or key) in `value`, or null. */
export function findUnstorableText(value: unknown, root: string): string | null {
  // Iterative: a body may nest thousands of levels deep.
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (unstorable(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (unstorable(key)) return `${path} (a key)`;
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const where =
      findUnstorableText(request.params, 'params') ??
      findUnstorableText(request.query, 'querystring') ??
      findUnstorableText(request.body, 'body');
    if (where)
      throw new HttpError(
        400,
        'invalid-request',
        `${where}: text may not contain the NUL character or half of a surrogate pair, nor begin with a byte-order mark (U+FEFF).`,
      );
  });
}
