import type { OutboxEntry } from '@shared/sync/outbox';

/**
 * What the workstation needs from the machine it runs on. The Electron and
 * web implementations are the only renderer code that differs between the
 * desktop app and browser mode.
 */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface AppInfo {
  version: string;
  /** Where the central claims service is. */
  centralUrl: string;
  /** True when the desktop app runs the central service itself. */
  embeddedCentral: boolean;
}

export interface TokenStorage {
  load(): Promise<string | null>;
  store(token: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The desktop app's on-disk copy of the outbox, so a damaged IndexedDB cannot
 * lose unsynced work (architecture §5). Batches of any size are accepted.
 */
export interface OutboxJournal {
  /** Resolves once the entries are fsynced. */
  append(entries: OutboxEntry[]): Promise<void>;
  acknowledge(userId: string, mutationIds: string[]): Promise<void>;
  /** Appended and never acknowledged, in deviceSeq order. */
  pending(userId: string): Promise<OutboxEntry[]>;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  openFiles(options: {
    title?: string;
    filters: FileFilter[];
    multiple: boolean;
  }): Promise<PickedFile[]>;
  /** Returns false when the user cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  /** A PDF of the current view, or null where the platform can only open its print dialog. */
  printToPdf(): Promise<Uint8Array | null>;
  /** Returns false when the OS would not show it, so the caller can show an in-app toast. */
  notify(title: string, body: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  /** Desktop only: point the app at another central service (null: the embedded one). */
  setCentralUrl: ((url: string | null) => Promise<{ restartRequired: boolean }>) | null;
  readonly tokens: TokenStorage;
  /**
   * The 256-bit key that seals personal data on this device, made on first
   * use and kept protected by the platform: the OS keychain on the desktop, a
   * non-extractable browser key in browser mode.
   */
  dataKey(): Promise<Uint8Array>;
  /** Desktop only; browser mode has no disk to journal to. */
  readonly journal: OutboxJournal | null;
  isOnline(): boolean;
  onOnlineChange(listener: (online: boolean) => void): () => void;
}
