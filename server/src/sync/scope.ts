import { sql, type RawBuilder } from 'kysely';
import type { TokenClaims } from '../auth/tokens';

/**
 * SQL for "this case is in the user's scope", over a `cases` alias. The same
 * rule as cases/scope.ts, phrased for raw pull queries.
 */
export function caseInScopeSql(principal: TokenClaims, alias = 'c'): RawBuilder<boolean> {
  const table = sql.ref(alias);
  switch (principal.role) {
    case 'admin':
      return sql<boolean>`true`;
    case 'supervisor':
      return principal.team === null
        ? sql<boolean>`false`
        : sql<boolean>`${table}.team_id = ${principal.team}`;
    case 'adjuster':
    case 'field':
      return sql<boolean>`${table}.assignee_id = ${principal.sub}`;
  }
}

/**
 * SQL for "this change_log row (alias `l`) is in the user's scope": it
 * belongs to no case, or to a case in the scope. An admin's scope is every
 * case, and a case is never removed from `cases` (deleting one marks it), so
 * for an admin no case is looked up: a first sync of every case would
 * otherwise probe `cases` once for each of its hundreds of thousands of rows.
 */
export function changeInScopeSql(principal: TokenClaims): RawBuilder<boolean> {
  if (principal.role === 'admin') return sql<boolean>`true`;
  return sql<boolean>`(l.case_id is null or exists (select 1 from cases c where c.id = l.case_id and ${caseInScopeSql(principal)}))`;
}

/** Scope-change rows addressed to this user (or their team, for a supervisor). */
export function scopeRowForSql(principal: TokenClaims): RawBuilder<boolean> {
  switch (principal.role) {
    case 'admin':
      return sql<boolean>`false`;
    case 'supervisor':
      return principal.team === null
        ? sql<boolean>`false`
        : sql<boolean>`l.scope_team_id = ${principal.team}`;
    case 'adjuster':
    case 'field':
      return sql<boolean>`l.scope_user_id = ${principal.sub}`;
  }
}
