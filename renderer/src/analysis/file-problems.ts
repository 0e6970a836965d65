/** Why a file could not be read, in words the adjuster can act on (translated under `fileProblem`). */
export type FileProblem =
  | 'empty'
  | 'too-large'
  | 'storage-full'
  | 'corrupt'
  | 'encrypted'
  | 'not-what-it-says'
  | 'unsupported'
  | 'timeout'
  | 'not-downloaded'
  | 'unreadable';

const SIGNATURES: { mediaType: string; bytes: readonly number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
];

/**
 * A file whose first bytes say it is something other than its type (a
 * photo renamed .pdf, a document renamed .jpg). PDF headers may follow a
 * little junk, as readers allow.
 */
export function contentMismatch(mediaType: string, head: Uint8Array): boolean {
  const expected = SIGNATURES.find((s) => s.mediaType === mediaType);
  if (!expected) return false;
  const window = mediaType === 'application/pdf' ? 1024 : 1;
  for (let at = 0; at < Math.min(window, head.length); at++)
    if (expected.bytes.every((b, i) => head[at + i] === b)) return false;
  return true;
}

/** Names what went wrong reading a file, from pdf.js's exception names and our own errors. */
export function problemOf(error: unknown): FileProblem {
  if (error instanceof FileProblemError) return error.problem;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException' || name === 'UnknownErrorException') return 'corrupt';
  return 'unreadable';
}

export class FileProblemError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string = problem,
  ) {
    super(message);
  }
}

/** Runs `work` within `ms`; a file that takes longer is given up on rather than holding the workstation. */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FileProblemError('timeout')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
