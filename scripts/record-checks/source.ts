import { format, resolveConfig } from 'prettier';
import { ENTITY_SCHEMAS } from '../../shared/sync/records';
import { emitChecks } from './emit';

export const GENERATED_PATH = 'shared/sync/record-checks.generated.ts';

/** The text of the generated record checks, formatted as the repository formats its code. */
export async function recordChecksSource(root: string): Promise<string> {
  const entities = Object.keys(ENTITY_SCHEMAS) as (keyof typeof ENTITY_SCHEMAS)[];
  const { names, code } = emitChecks(
    entities.map((entity) => ({
      expression: `ENTITY_SCHEMAS.${entity}`,
      schema: ENTITY_SCHEMAS[entity],
    })),
  );
  const table = entities.map((entity, i) => `${entity}: ${names[i]},`).join('\n');
  const text = `// Generated from ENTITY_SCHEMAS by \`npm run generate:record-checks\` (scripts/record-checks). Do not edit.
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

${code}

/**
 * Each entity's record check: the record as its schema's safeParse would
 * return it (possibly the input itself), or REJECTED.
 */
export const RECORD_CHECKS = {
${table}
} as { [E in EntityName]: (input: unknown) => EntityRecord<E> | typeof REJECTED };
`;
  const path = `${root}/${GENERATED_PATH}`;
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}
