import type { ExpressionBuilder } from 'kysely';
import type { TokenClaims } from '../auth/tokens';
import type { Database } from '../db/schema';

/**
 * Which cases a signed-in user may see: their own assignments, their team's
 * for a supervisor, everything for an admin. Every case query goes through it.
 */
export function caseScope(principal: TokenClaims) {
  return (eb: ExpressionBuilder<Database, 'cases'>) => {
    switch (principal.role) {
      case 'admin':
        return eb.lit(true);
      case 'supervisor':
        return principal.team === null ? eb.lit(false) : eb('cases.team_id', '=', principal.team);
      case 'adjuster':
      case 'field':
        return eb('cases.assignee_id', '=', principal.sub);
    }
  };
}
