import { en } from '../../app/locales/en';
import { zhCN } from '../../app/locales/zh-CN';

/**
 * What a calculation input is called, in the reader's language: 本车：核定损失
 * for `ownDamage.lossFen`. A list entry is numbered from 1 (伤残等级 2); a
 * value without a name keeps its path, so nothing is ever shown unlabelled.
 */
export function inputLabel(path: string, language: string): string {
  let node: unknown = (language === 'en' ? en : zhCN).calcInput;
  const numbers: number[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      numbers.push(Number(segment) + 1);
      continue;
    }
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  if (typeof node !== 'string') return path;
  return numbers.length > 0 ? `${node} ${numbers.join('.')}` : node;
}
