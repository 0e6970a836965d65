import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const Settings = z.object({
  /** The central claims service; null means the embedded one. */
  centralUrl: z.string().url().nullable().default(null),
  /**
   * Where the app looks for updates (an electron-builder "generic" feed,
   * https only). Null — the default — means the app never checks; IT sets it
   * here or in the UPDATE_FEED_URL environment variable. updates.ts judges
   * the URL; a bad value here must not cost the user their central URL.
   */
  updateFeedUrl: z.string().nullable().default(null).catch(null),
});
export type Settings = z.infer<typeof Settings>;

export async function loadSettings(file: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return Settings.parse({});
  }
  const parsed = Settings.safeParse(safeJson(text));
  // A damaged settings file must not keep the app from starting: fall back to
  // the embedded service and say so in the log.
  if (!parsed.success) {
    console.warn(`Ignoring unreadable settings file ${file}: ${parsed.error.message}`);
    return Settings.parse({});
  }
  return parsed.data;
}

export async function saveSettings(file: string, settings: Settings): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(settings, null, 2));
  await rename(temp, file);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
