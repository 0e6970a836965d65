import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('English has every key of zh-CN and no more', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('no translation is left empty, and no key contains the key separator', () => {
    const problems: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        if (node.trim() === '') problems.push(`${path} is empty`);
        return;
      }
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (key.includes('.')) problems.push(`${path}.${key} contains "."`);
        walk(child, path ? `${path}.${key}` : key);
      }
    };
    walk(zhCN, 'zh-CN');
    walk(en, 'en');
    expect(problems).toEqual([]);
  });
});
