/** A calculation input as the editable values it is made of, each named by its dotted path. */
export type LeafValue = number | string | boolean;

export function leaves(value: unknown, prefix = ''): { path: string; value: LeafValue }[] {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return prefix ? [{ path: prefix, value }] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'line' && prefix === '' ? [] : leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** A copy of `input` with one leaf replaced; the original is left as it was. */
export function withLeaf<T>(input: T, path: string, value: LeafValue): T {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') throw new RangeError(`no value at ${path}`);
    node = next as Record<string, unknown>;
  }
  const last = keys.at(-1) ?? '';
  if (!(last in node)) throw new RangeError(`no value at ${path}`);
  node[last] = value;
  return copy as T;
}
