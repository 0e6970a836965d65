/** Sync protocol and data schema versions; every request carries both (architecture §5 rule 10). */
export const PROTOCOL_VERSION = 2;
export const SCHEMA_VERSION = 1;
export const PROTOCOL_HEADER = 'x-protocol-version';
export const SCHEMA_HEADER = 'x-schema-version';
