import { createFieldCipher, type FieldCipher } from './field-cipher';

export class DataKeyMissingError extends Error {
  constructor() {
    super('Personal data on this device cannot be read or written before its key is loaded.');
    this.name = 'DataKeyMissingError';
  }
}

/** Holds the cipher for this device's personal data once its key is loaded. */
export interface KeyRing {
  cipher(): FieldCipher;
}

/**
 * The device's key ring. The key comes from the platform (OS-protected on the
 * desktop, a non-extractable browser key in browser mode) and is loaded once
 * at start, before the database is opened.
 */
export class DeviceKeyRing implements KeyRing {
  private current: FieldCipher | null = null;

  load(key: Uint8Array): void {
    this.current = createFieldCipher(key);
  }

  get loaded(): boolean {
    return this.current !== null;
  }

  cipher(): FieldCipher {
    if (!this.current) throw new DataKeyMissingError();
    return this.current;
  }
}

export const deviceKeys = new DeviceKeyRing();
