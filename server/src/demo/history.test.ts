import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { checkTransition } from '@shared/domain/transitions';
import { pathTo } from './history';

describe('demo case histories', () => {
  it('reach every state through legal transitions only', () => {
    for (const complex of [false, true]) {
      for (const state of CASE_STATES) {
        const path = pathTo(state, complex);
        expect(path[0]).toBe('REPORTED');
        expect(path.at(-1)).toBe(state);
        for (const [from, to] of path.slice(1).map((to, i) => [path[i] ?? to, to] as const)) {
          const refusal = checkTransition({
            from,
            to,
            role: 'supervisor',
            reason: 'demo',
            denialClause: 'demo',
            // Demo histories include the adjudication decisions and surveys a real case went through.
            adjudication: true,
            survey: true,
          });
          expect(refusal, `${from} → ${to}`).toBeNull();
        }
      }
    }
  });
});
