import type { StepText } from './result';

/** Both languages of a step's wording; zh-CN first, as the workstation shows it. */
export function t(zh: string, en: string): StepText {
  return { 'zh-CN': zh, en };
}
