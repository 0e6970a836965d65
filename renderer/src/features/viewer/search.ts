/** Where a search matched: the page (from 1) and how many times on it. */
export interface PageHits {
  page: number;
  count: number;
}

/** Case-insensitive matches of `query` in each page's text, pages without any left out. */
export function findHits(pageTexts: readonly string[], query: string): PageHits[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  return pageTexts.flatMap((text, i) => {
    const count = countOf(text.toLocaleLowerCase(), needle);
    return count > 0 ? [{ page: i + 1, count }] : [];
  });
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count++;
  return count;
}

/** Splits a text run into plain and matching parts, for highlighting inside one line of text. */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [{ text, match: false }];
  const lower = text.toLocaleLowerCase();
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
