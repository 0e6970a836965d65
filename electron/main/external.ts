import { shell } from 'electron';
import { isAllowedExternalUrl } from './security-policy';

/**
 * The app's only door to the OS browser: https URLs on the allow-list in
 * security-policy.ts, nothing else (no file:, no custom schemes, no other
 * hosts). Resolves false when the URL was refused.
 */
export async function openAllowedExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
