/**
 * Auto-update, off unless IT configures a feed: the feed URL comes from
 * UPDATE_FEED_URL or `updateFeedUrl` in settings.json, must be https (plain
 * http only for a feed on this machine, for testing), and is an
 * electron-builder "generic" feed (latest.yml, latest-linux.yml, latest-mac.yml
 * beside the installers; see `publish` in electron-builder.yml).
 *
 * Nothing downloads without the user's yes; a downloaded update installs when
 * the app quits. Every failure is logged, never thrown: a broken feed must not
 * keep an adjuster from working. The updater and the OS effects come in as
 * arguments, so this is unit-tested without Electron.
 */

/** The slice of electron-updater's AppUpdater this module drives. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(
    event: 'update-available' | 'update-downloaded',
    listener: (info: { version: string }) => void,
  ): unknown;
}

export interface UpdateEffects {
  /** Loads electron-updater's updater (only ever called when a feed is configured). */
  loadUpdater(): Promise<UpdaterLike>;
  /** Asks the user whether to download version `version` now. */
  confirmDownload(version: string): Promise<boolean>;
  /** Tells the user the update will be installed when they quit. */
  notifyDownloaded(version: string): void;
  /** Runs `check` again every `ms` milliseconds. */
  repeat(check: () => void, ms: number): void;
  log: { info(message: string): void; warn(message: string, error?: unknown): void };
}

export type FeedDecision =
  | { enabled: true; url: string; source: 'UPDATE_FEED_URL' | 'settings' }
  | { enabled: false; reason: string };

/** Checks again every six hours while the app stays open. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https only; http just for a feed on this machine. No other schemes. */
export function checkFeedUrl(
  url: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  if (parsed.protocol === 'https:') return { ok: true, url: parsed.toString() };
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))
    return { ok: true, url: parsed.toString() };
  return {
    ok: false,
    reason: `must use https (http only for localhost), not ${parsed.protocol.replace(/:$/, '')}`,
  };
}

/** The environment variable wins over settings.json; neither set means no updates. */
export function resolveUpdateFeed(sources: {
  env?: string | undefined;
  settings?: string | null | undefined;
}): FeedDecision {
  const env = sources.env?.trim();
  const settings = sources.settings?.trim();
  const [url, source] = env
    ? [env, 'UPDATE_FEED_URL' as const]
    : settings
      ? [settings, 'settings' as const]
      : [null, null];
  if (url === null || source === null)
    return { enabled: false, reason: 'no update feed configured' };
  const checked = checkFeedUrl(url);
  if (!checked.ok)
    return { enabled: false, reason: `update feed from ${source} ignored: it ${checked.reason}` };
  return { enabled: true, url: checked.url, source };
}

/** A feed URL as it may appear in a log: no credentials, no query. */
function forLog(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/**
 * Starts update checks when a feed is configured; resolves with the updater
 * (or null when updates stay off). Never rejects.
 */
export async function startUpdates(
  decision: FeedDecision,
  effects: UpdateEffects,
): Promise<UpdaterLike | null> {
  const { log } = effects;
  if (!decision.enabled) {
    log.info(`Updates are off: ${decision.reason}`);
    return null;
  }
  let updater: UpdaterLike;
  try {
    updater = await effects.loadUpdater();
    // Never download behind the user's back, never go back a version, never
    // take a pre-release; install what the user agreed to when they quit.
    updater.autoDownload = false;
    updater.allowDowngrade = false;
    updater.allowPrerelease = false;
    updater.autoInstallOnAppQuit = true;
    updater.setFeedURL({ provider: 'generic', url: decision.url });
  } catch (error) {
    log.warn('Updates are off: the updater could not be set up', error);
    return null;
  }

  const offered = new Set<string>();
  updater.on('error', (error) => log.warn('Update check failed', error));
  updater.on('update-available', ({ version }) => {
    if (offered.has(version)) return;
    offered.add(version);
    log.info(`Update ${version} is available`);
    effects
      .confirmDownload(version)
      .then((yes) => (yes ? updater.downloadUpdate() : undefined))
      .catch((error: unknown) => log.warn(`Downloading update ${version} failed`, error));
  });
  updater.on('update-downloaded', ({ version }) => {
    log.info(`Update ${version} downloaded; it installs when the app quits`);
    effects.notifyDownloaded(version);
  });

  const check = () => {
    Promise.resolve()
      .then(() => updater.checkForUpdates())
      .catch((error: unknown) => log.warn('Update check failed', error));
  };
  log.info(`Checking for updates at ${forLog(decision.url)} (from ${decision.source})`);
  check();
  effects.repeat(check, CHECK_INTERVAL_MS);
  return updater;
}
