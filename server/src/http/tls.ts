import { readFile } from 'node:fs/promises';
import type { ServerConfig } from '../config';

export interface TlsCredentials {
  cert: Buffer;
  key: Buffer;
}

/** The PEM certificate chain and key named in configuration, read once at start. */
export async function readTlsCredentials(tls: ServerConfig['tls']): Promise<TlsCredentials | null> {
  if (!tls) return null;
  const read = async (file: string, what: string) => {
    try {
      return await readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot read the TLS ${what} ${file}: ${reason}`);
    }
  };
  return {
    cert: await read(tls.certFile, 'certificate (TLS_CERT_FILE)'),
    key: await read(tls.keyFile, 'private key (TLS_KEY_FILE)'),
  };
}
