/** The little of pouchdb-browser (which ships no types) that the sync benchmark uses. */
declare module 'pouchdb-browser' {
  interface BulkDocsSuccess {
    ok: true;
    id: string;
    rev: string;
  }
  interface BulkDocsError {
    error: string;
    id?: string;
    reason?: string;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    errors: unknown[];
  }
  export default class PouchDB {
    constructor(nameOrUrl: string, options?: Record<string, unknown>);
    static replicate(
      source: PouchDB | string,
      target: PouchDB | string,
      options?: { batch_size?: number; batches_limit?: number },
    ): Promise<ReplicationResult>;
    bulkDocs(docs: object[]): Promise<(BulkDocsSuccess | BulkDocsError)[]>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    destroy(): Promise<void>;
  }
}
