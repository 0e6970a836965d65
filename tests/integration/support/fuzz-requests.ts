import fc from 'fast-check';
import { AnomalyKind, Severity } from '@shared/analysis/anomaly-kinds';
import { DOCUMENT_TYPES } from '@shared/domain/document-types';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { DamagePart } from '@shared/domain/site-survey';
import { MUTATION_ARGS, MUTATION_VERSION } from '@shared/sync/mutations';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

/**
 * Generated requests for the route fuzz test (fuzz-routes.test.ts): mostly
 * plausible requests with one or more hostile parts, so they get past the
 * first check and reach the code behind it, plus plain garbage.
 */

export type Actor =
  | 'anonymous'
  | 'forged'
  | 'service'
  | 'adjuster'
  | 'field'
  | 'supervisor'
  | 'admin';
export const USER_ACTORS = ['adjuster', 'field', 'supervisor', 'admin'] as const;
export type UserActor = (typeof USER_ACTORS)[number];

export interface FuzzRequest {
  actor: Actor;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Raw text or bytes, so malformed JSON can be sent as well as hostile values. */
  payload?: string | Buffer;
}

/** What the generators draw ids and credentials from: real ones, so requests reach real rows. */
export interface FuzzPools {
  tokens: Record<UserActor, string>;
  serviceToken: string;
  caseIds: string[];
  /** The cases each signed-in caller may see: requests aimed at them get past the scope checks. */
  visibleCaseIds: Record<UserActor, string[]>;
  userIds: string[];
  entityIds: string[];
  blobShas: string[];
  usernames: string[];
  latestSeq: number;
}

// ---- hostile values -------------------------------------------------------------------------

const SPECIAL = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '\uFEFF',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  '-1',
  '0',
  '1e309',
  'NaN',
  "' OR '1'='1",
  '"; drop table cases; --',
  '$1',
  '%',
  '%00',
  '../../../etc/passwd',
  '\\',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '案件'.repeat(600),
  '🧨'.repeat(300),
  'CLM-2026-000001',
];

const huge = fc.integer({ min: 10, max: 20 }).map((n) => 'A'.repeat(2 ** n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 4 },
  { arbitrary: huge, weight: 1 },
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, -0, 0.5, 2 ** 31, 2 ** 53, 2 ** 63, 1e308, Number.MAX_SAFE_INTEGER + 2),
);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', ''];

/** Any JSON value, with prototype-pollution keys among the object keys. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
          tie('value'),
        ),
        { maxLength: 4 },
      )
      // fromEntries defines own properties, so "__proto__" is sent as a key, not a prototype.
      .map((entries) => Object.fromEntries(entries)),
  ),
})).value;

/** Either a plausible value (more often) or a hostile one of any type. */
function orHostile<T>(plausible: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible, weight }, { arbitrary: hostileJson, weight: 1 });
}

/** Objects with their fields sometimes missing, wrong or hostile. */
function fuzzedRecord(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const plausible = fc.record(fields);
  const complete = fc.record(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, orHostile(v)])),
  );
  const partial = fc.record(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, orHostile(v)])),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { arbitrary: plausible, weight: 4 },
    { arbitrary: complete, weight: 4 },
    { arbitrary: partial, weight: 1 },
    { arbitrary: hostileJson, weight: 1 },
  );
}

/** JSON text: mostly the value serialised, sometimes broken, polluting or absurdly deep. */
function jsonText(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const serialised = value.map((v) => JSON.stringify(v) ?? 'null');
  const polluting = serialised.map((text) =>
    text.startsWith('{') && text.length > 2
      ? `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${text.slice(1)}`
      : '{"__proto__":{"polluted":"yes"}}',
  );
  const deep = fc
    .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
    .map(([depth, arrays]) =>
      arrays
        ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    );
  const broken = fc.constantFrom(
    '',
    '{',
    'null',
    '[]',
    '"text"',
    '1',
    '{"a":1}{"b":2}',
    '{"a":"\\u0000"}',
    '{"a":"\\ud800"}',
    '{"a":1,"a":2}',
    '\u0000',
    '{"a":01}',
  );
  return fc.oneof(
    { arbitrary: serialised, weight: 12 },
    { arbitrary: polluting, weight: 2 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: broken, weight: 1 },
  );
}

// ---- headers and URLs -----------------------------------------------------------------------

/** Header values a real HTTP client could send: visible Latin-1, no line breaks. */
function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x7e\xa0-\xff]/g, '?').slice(0, 8192);
}

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be percent-encoded as UTF-8; send its replacement.
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          '__proto__',
          '__proto__[polluted]',
          'constructor[prototype][polluted]',
          'a[]',
          'a[b][c][d]',
          'limit',
          'cursor',
        ),
        fc.string({ maxLength: 10 }),
      ),
      hostileString,
    ),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : `?${pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v.slice(0, 4000))}`).join('&')}`,
  );

function credentials(actor: Actor, pools: FuzzPools): fc.Arbitrary<string | undefined> {
  switch (actor) {
    case 'anonymous':
      return fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(
          '',
          'Bearer',
          'Bearer ',
          'bearer x',
          'Basic YWRtaW46ZGVtbzEyMzQ=',
          'Service',
        ),
        hostileString.map(headerSafe),
      );
    case 'forged': {
      const real = pools.tokens.admin;
      const [header = '', payload = ''] = real.split('.');
      return fc.oneof(
        fc.constant(`Bearer ${header}.${payload}.`),
        fc.constant(`Bearer ${header}.${payload}.${'A'.repeat(43)}`),
        // An unsigned token claiming to be the admin.
        fc.constant(`Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`),
        fc
          .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 })
          .map((s) => `Bearer ${headerSafe(s)}`),
        fc.constant(`Service ${'x'.repeat(40)}`),
      );
    }
    case 'service':
      return fc.constant(`Service ${pools.serviceToken}`);
    default:
      return fc.constant(`Bearer ${pools.tokens[actor]}`);
  }
}

const protocol: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant(String(PROTOCOL_VERSION)), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      undefined,
      '0',
      '999',
      '',
      'abc',
      '1.5',
      String(PROTOCOL_VERSION - 1),
    ),
    weight: 2,
  },
);

const jsonContentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 10 },
  {
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-16',
      'text/plain',
      'application/octet-stream',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json\u0000',
      'JSON',
      '*/*',
    ),
    weight: 2,
  },
);

/** Present now and then: a forwarded request is rate-limited, which would cut the run short. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary, weight: 1 });

const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    origin: fc.constantFrom('app://workstation', 'https://evil.example', 'null'),
    'x-forwarded-for': sometimes(hostileString.map(headerSafe)),
    'x-forwarded-proto': fc.constantFrom('https', 'http', 'gopher'),
    range: fc.constantFrom(
      'bytes=0-10',
      'bytes=-5',
      'bytes=5-',
      'bytes=10-2',
      'bytes=0-0,5-9',
      'bytes=99999999999999999999-',
      'lines=1-2',
      'bytes=-',
    ),
    'content-range': fc.constantFrom(
      'bytes 0-63/64',
      'bytes 0-0/1',
      'bytes 5-2/64',
      'bytes 0-63/9999999999999999999',
      'bytes */64',
      'garbage',
    ),
    'x-unknown': hostileString.map(headerSafe),
  },
  { requiredKeys: [] },
);

// ---- bodies per route -----------------------------------------------------------------------

function idFrom(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 4 },
    { arbitrary: fc.uuid(), weight: 1 },
  );
}

const words = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((value) => value.trim().length > 0);
const text = fc.oneof({ arbitrary: words, weight: 3 }, { arbitrary: hostileString, weight: 1 });
const nullableText = fc.oneof(fc.constant(null), text);

/** A mutation name with arguments shaped for it (then fuzzed), or with anything at all. */
function namedArgs(
  pools: FuzzPools,
  ownCases: readonly string[],
): fc.Arbitrary<{ name: unknown; args: unknown }> {
  const caseId =
    ownCases.length > 0
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...ownCases), weight: 3 },
          { arbitrary: idFrom(pools.caseIds), weight: 1 },
        )
      : idFrom(pools.caseIds);
  const entityId = idFrom([...pools.entityIds, ...pools.caseIds]);
  const sha = fc.oneof(fc.constantFrom(...pools.blobShas), fc.stringMatching(/^[0-9a-f]{64}$/));
  const fen = fc.oneof(fc.nat(), hostileNumber);
  const shaped: [string, fc.Arbitrary<unknown>][] = [
    [
      'note.add',
      fuzzedRecord({
        noteId: fc.uuid(),
        caseId,
        body: text,
        mentions: fc.array(idFrom(pools.userIds), { maxLength: 3 }),
      }),
    ],
    [
      'case.update',
      fuzzedRecord({
        caseId,
        fields: fuzzedRecord({
          description: text,
          lossLocation: text,
          claimedFen: fen,
          complex: fc.boolean(),
          lossLat: fc.double(),
        }),
      }),
    ],
    [
      'case.transition',
      fuzzedRecord({
        caseId,
        from: fc.constantFrom(...CASE_STATES),
        to: fc.constantFrom(...CASE_STATES),
        reason: nullableText,
        denialClause: nullableText,
      }),
    ],
    ['case.assign', fuzzedRecord({ caseId, assigneeId: idFrom(pools.userIds), reason: text })],
    ['case.reserve', fuzzedRecord({ caseId, reservedFen: fen, reason: text })],
    [
      'contact.add',
      fuzzedRecord({
        contactId: fc.uuid(),
        caseId,
        channel: fc.constantFrom('call', 'sms', 'wechat'),
        direction: fc.constantFrom('outbound', 'inbound'),
        outcome: text,
        nextStep: nullableText,
        at: fc.nat(),
      }),
    ],
    [
      'flag.verdict',
      fuzzedRecord({
        flagId: entityId,
        verdict: fc.constantFrom('confirmed', 'dismissed', 'open'),
        reason: nullableText,
      }),
    ],
    [
      'material.set',
      fuzzedRecord({
        caseId,
        itemCode: text,
        status: fc.constantFrom('missing', 'present', 'rejected'),
        documentId: fc.oneof(fc.constant(null), entityId),
        reason: nullableText,
      }),
    ],
    [
      'document.register',
      fuzzedRecord({
        documentId: fc.uuid(),
        caseId,
        sha256: sha,
        fileName: text,
        mediaType: fc.constantFrom('application/pdf', 'image/jpeg'),
        size: fc.nat(),
        docType: nullableText,
      }),
    ],
    [
      'payment.record',
      fuzzedRecord({
        paymentId: fc.uuid(),
        caseId,
        kind: fc.constantFrom('settlement', 'advance'),
        amountFen: fen,
        payeeName: text,
        payeeAccount: fc.stringMatching(/^\d{12,20}$/),
      }),
    ],
    [
      'calculation.save',
      fuzzedRecord({ calculationId: fc.uuid(), caseId, input: hostileJson, payableFen: fen }),
    ],
    [
      'adjudication.decide',
      fuzzedRecord({
        approvalId: entityId,
        caseId,
        decision: fc.constantFrom('approve', 'return'),
        reason: nullableText,
      }),
    ],
    [
      'conflict.resolve',
      fuzzedRecord({
        conflictId: entityId,
        resolution: fc.constantFrom('kept-mine', 'kept-theirs', 'merged'),
      }),
    ],
    [
      'document.classify',
      fuzzedRecord({ documentId: entityId, docType: fc.constantFrom(...DOCUMENT_TYPES) }),
    ],
    [
      'photo.tag',
      fuzzedRecord({
        documentId: entityId,
        part: fc.oneof(fc.constant(null), fc.constantFrom(...DamagePart.options)),
      }),
    ],
  ];
  return fc.oneof(
    {
      arbitrary: fc.oneof(
        ...shaped.map(([name, args]) => fc.record({ name: fc.constant(name), args })),
      ),
      weight: 6,
    },
    {
      arbitrary: fc.record({
        name: fc.oneof(fc.constantFrom(...Object.keys(MUTATION_ARGS)), hostileString),
        args: hostileJson,
      }),
      weight: 1,
    },
  );
}

function pushBody(
  pools: FuzzPools,
  deviceId: string,
  ownCases: readonly string[],
): fc.Arbitrary<string> {
  // The envelope is mostly right, so the arguments reach the mutation handlers.
  const envelope = fc
    .record({
      mutationId: fc.uuid(),
      deviceId: fc.oneof(
        { arbitrary: fc.constant(deviceId), weight: 9 },
        { arbitrary: fc.uuid(), weight: 1 },
      ),
      deviceSeq: fc.nat(),
      named: namedArgs(pools, ownCases),
      version: fc.oneof(
        { arbitrary: fc.constant(MUTATION_VERSION), weight: 9 },
        { arbitrary: fc.constant(MUTATION_VERSION + 1), weight: 1 },
      ),
      baseRowVersions: fc.oneof(
        fc.constant({}),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.nat()),
      ),
    })
    .map(({ named, ...rest }) => ({ ...rest, ...named }));
  const mutation = fc.oneof(
    { arbitrary: envelope, weight: 8 },
    {
      arbitrary: fuzzedRecord({
        mutationId: fc.uuid(),
        deviceSeq: fc.nat(),
        name: hostileString,
        version: hostileNumber,
      }),
      weight: 1,
    },
  );
  const body = fc.record({
    deviceId: fc.constant(deviceId),
    mutations: fc.array(mutation, { maxLength: 4 }),
  });
  return fc.oneof(
    { arbitrary: body.map((b) => JSON.stringify(b)), weight: 4 },
    {
      arbitrary: jsonText(
        fuzzedRecord({
          deviceId: fc.constant(deviceId),
          mutations: fc.array(mutation, { maxLength: 4 }),
        }),
      ),
      weight: 1,
    },
  );
}

function flagsBody(pools: FuzzPools): fc.Arbitrary<string> {
  const flag = fuzzedRecord({
    externalId: fc.string({ minLength: 1, maxLength: 20 }),
    caseId: idFrom(pools.caseIds),
    documentId: fc.oneof(fc.constant(null), idFrom(pools.entityIds)),
    detector: fc.constant('fuzz-vendor'),
    detectorVersion: fc.constant('1'),
    kind: fc.constantFrom(...AnomalyKind.options),
    severity: fc.constantFrom(...Severity.options),
    page: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 })),
    region: fc.constant(null),
    evidence: fc.dictionary(
      fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
      fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)),
    ),
    explanation: fuzzedRecord({ 'zh-CN': text, en: text }),
  });
  return jsonText(fuzzedRecord({ flags: fc.array(flag, { minLength: 1, maxLength: 3 }) }));
}

function bodyFor(
  route: string,
  pools: FuzzPools,
  actor: Actor,
): fc.Arbitrary<string | Buffer | undefined> {
  const deviceId = `fuzz-device-${actor}`;
  const ownCases = actor in pools.visibleCaseIds ? pools.visibleCaseIds[actor as UserActor] : [];
  switch (route) {
    case 'POST /api/auth/sign-in':
      return jsonText(
        fuzzedRecord({
          username: fc.constantFrom(...pools.usernames),
          password: fc.constantFrom('demo1234', 'wrong-password'),
        }),
      );
    case 'POST /api/auth/refresh':
    case 'POST /api/auth/sign-out':
      return jsonText(
        fuzzedRecord({ refreshToken: fc.base64String({ minLength: 20, maxLength: 80 }) }),
      );
    case 'POST /api/cases/:id/transition':
      return jsonText(
        fuzzedRecord({
          to: fc.constantFrom(...CASE_STATES),
          reason: nullableText,
          denialClause: nullableText,
        }),
      );
    case 'POST /api/sync/pull':
      return jsonText(
        fuzzedRecord({
          deviceId: fc.constant(deviceId),
          cursor: fc.oneof(
            fc.constantFrom(0, pools.latestSeq, pools.latestSeq + 1),
            fc.nat({ max: pools.latestSeq }),
          ),
          limit: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constant(5000)),
        }),
      );
    case 'POST /api/sync/push':
      return pushBody(pools, deviceId, ownCases);
    case 'POST /api/analysis/flags':
      return flagsBody(pools);
    case 'POST /api/blobs':
      return jsonText(
        fuzzedRecord({
          sha256: fc.oneof(fc.constantFrom(...pools.blobShas), fc.stringMatching(/^[0-9a-f]{64}$/)),
          size: fc.oneof(fc.constant(64), fc.nat()),
          mediaType: fc.constantFrom('image/jpeg', 'application/pdf'),
          caseId: idFrom(pools.caseIds),
        }),
      );
    case 'PUT /api/blobs/:sha256':
      return fc.oneof(
        {
          arbitrary: fc.uint8Array({ maxLength: 128 }).map((bytes) => Buffer.from(bytes)),
          weight: 4,
        },
        { arbitrary: jsonText(hostileJson), weight: 1 },
      );
    default:
      // Routes that read no body get one now and then anyway.
      return fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 4 },
        { arbitrary: jsonText(hostileJson), weight: 1 },
      );
  }
}

function paramFor(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const pool = name === 'sha256' ? pools.blobShas : [...pools.caseIds, ...pools.entityIds];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 6 },
    { arbitrary: hostileString, weight: 3 },
  );
}

/** Requests for one route (`METHOD /url/:param` as registered), from any kind of caller. */
export function requestsFor(
  route: { method: string; url: string },
  pools: FuzzPools,
): fc.Arbitrary<FuzzRequest> {
  const key = `${route.method} ${route.url}`;
  const params = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
  const actor = fc.constantFrom<Actor>(
    'anonymous',
    'forged',
    'service',
    'adjuster',
    'field',
    'supervisor',
    'admin',
  );
  return actor.chain((who) =>
    fc
      .record({
        values: fc.tuple(...params.map((p) => paramFor(p, pools))),
        query: fc.oneof(
          { arbitrary: fc.constant(''), weight: 3 },
          { arbitrary: queryString, weight: 1 },
        ),
        authorization: credentials(who, pools),
        protocol,
        contentType:
          route.method === 'PUT'
            ? fc.constantFrom(
                'application/octet-stream',
                'application/octet-stream',
                'application/json',
                'text/plain',
              )
            : jsonContentType,
        extra: extraHeaders,
        payload: bodyFor(key, pools, who),
      })
      .map(({ values, query, authorization, protocol: version, contentType, extra, payload }) => {
        let url = route.url;
        params.forEach((param, i) => {
          url = url.replace(`:${param}`, encodeSegment(values[i] ?? ''));
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(extra))
          if (value !== undefined) headers[name] = value;
        if (authorization !== undefined) headers['authorization'] = authorization;
        if (version !== undefined) headers[PROTOCOL_HEADER] = version;
        if (payload !== undefined && contentType !== undefined)
          headers['content-type'] = contentType;
        for (const [name, value] of Object.entries(headers)) headers[name] = headerSafe(value);
        return { actor: who, method: route.method, url: `${url}${query}`, headers, payload };
      }),
  );
}
