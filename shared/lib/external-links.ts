/** Sites an adjuster may open outside the workstation (the OS browser, or a new tab). */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.nfra.gov.cn', // insurance regulator: rules and complaint channels
  'wenshu.court.gov.cn', // court judgments for liability claims
  'www.gov.cn',
];

/** https only, host on the allow-list, and no credentials or odd ports in front of it. */
export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || parsed.port) return false;
  return parsed.protocol === 'https:' && allowList.includes(parsed.hostname);
}
