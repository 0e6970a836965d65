import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

export type { Platform, AppInfo, PickedFile, FileFilter, OutboxJournal } from './platform';

/** The one place that decides which platform the renderer runs on. */
export const platform: Platform = window.api
  ? createElectronPlatform(window.api)
  : createWebPlatform();
