/**
 * The personal fields a workstation shows masked and reveals on demand
 * (domain.md §11); every reveal is audited.
 */
export const REVEALABLE_FIELDS = ['idNumber', 'phone'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

/** How long a revealed value stays readable before it is masked again. */
export const REVEAL_SECONDS = 30;
