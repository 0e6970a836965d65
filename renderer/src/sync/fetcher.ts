/** What the client reads of an HTTP answer: a Response has it, and so has one from the fetch worker. */
export interface Answer {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Sends one request; rejects only when no answer came (the network failed). */
export type Fetcher = (url: string, init: FetchInit) => Promise<Answer>;

/** The platform's fetch, on whichever thread calls it: the page's, or the fetch worker's. */
export const pageFetch = (url: string, { body, ...init }: FetchInit): Promise<Response> =>
  fetch(url, { ...init, ...(body === undefined ? {} : { body: body as BodyInit }) });
