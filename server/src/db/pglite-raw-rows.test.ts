import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handBack } from './answer-buffers';
import { queryRawRows } from './pglite-raw-rows';

describe('rows read from PGlite through its wire protocol', () => {
  let pglite: PGlite;
  const INT8_OID = 20;

  beforeAll(async () => {
    pglite = await PGlite.create('memory://', {
      parsers: { [INT8_OID]: (v: string) => Number(v) },
    });
  });
  afterAll(async () => {
    await pglite?.close();
  });

  const query = `select $1::text || ' 广州 "x"' as words, $2::int4 + 1 as small, $3::int8 as big,
                        $4::bool as yes, null::text as nothing, '[["c-1","scope-add"]]'::json as pairs
                 from generate_series(1, 2)`;
  const parameters = ['客户', 41, 2 ** 40, true];

  it('hands text over as the bytes the database wrote, and the rest as query() parses it', async () => {
    const rows = await queryRawRows(pglite, query, parameters);
    const { rows: parsed } = await pglite.query<Record<string, unknown>>(query, parameters);
    expect(rows).toHaveLength(2);
    for (const [i, row] of rows.entries()) {
      expect(row['words']).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(row['words'] as Uint8Array).toString('utf8')).toBe(parsed[i]?.['words']);
      expect({ ...row, words: undefined }).toEqual({ ...parsed[i], words: undefined });
    }
    expect(rows[0]).toMatchObject({ small: 42, big: 2 ** 40, yes: true, nothing: null });
  });

  it('reads an answer of megabytes whole', async () => {
    const big = `select n, repeat(md5(n::text), 40) as text from generate_series(1, 3000) n`;
    const rows = await queryRawRows(pglite, big, []);
    // The next query reuses the answer's buffer: what the first one returned must not change.
    await queryRawRows(pglite, `select repeat('z', 200000) as text`, []);
    const { rows: parsed } = await pglite.query<{ n: number; text: string }>(big);
    expect(rows.map((r) => [r['n'], Buffer.from(r['text'] as Uint8Array).toString()])).toEqual(
      parsed.map((r) => [r.n, r.text]),
    );
  });

  it('reuses the memory of an answer only once its bytes are handed back', async () => {
    const text = (rows: Record<string, unknown>[]) => rows[0]?.['text'] as Uint8Array;
    const first = text(await queryRawRows(pglite, `select repeat('a', 100) as text`, []));
    const second = text(await queryRawRows(pglite, `select repeat('b', 100) as text`, []));
    expect(second.buffer === first.buffer).toBe(false);
    expect(Buffer.from(first).toString()).toBe('a'.repeat(100));
    handBack([first]);
    const third = text(await queryRawRows(pglite, `select repeat('c', 100) as text`, []));
    expect(third.buffer === first.buffer).toBe(true);
    // An answer without text lends nothing: its memory holds the next one.
    await queryRawRows(pglite, `select 1 as n`, []);
    const fourth = text(await queryRawRows(pglite, `select 'd' as text`, []));
    handBack([fourth]);
    const fifth = text(await queryRawRows(pglite, `select 'e' as text`, []));
    expect(fifth.buffer === fourth.buffer).toBe(true);
    expect(Buffer.from(second).toString()).toBe('b'.repeat(100));
  });

  it('throws the database error, and the connection goes on', async () => {
    await expect(queryRawRows(pglite, 'select 1 / $1::int4 as n', [0])).rejects.toThrow(
      'division by zero',
    );
    expect(await queryRawRows(pglite, 'select 6 / $1::int4 as n', [2])).toEqual([{ n: 3 }]);
  });

  it('refuses a parameter it cannot send as text', async () => {
    await expect(queryRawRows(pglite, 'select $1::text as t', [{ a: 1 }])).rejects.toThrow(
      'parameter $1 is of type object',
    );
  });
});
