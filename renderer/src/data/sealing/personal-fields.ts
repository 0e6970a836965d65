/**
 * Where personal data sits in the local tables (domain.md §11: ID numbers,
 * phones, bank accounts, diagnoses), as paths into each stored row. A path
 * names a whole field when the field is a structure that mixes personal data
 * with the rest (a survey's parties, a calculation's diagnosis, an outbox
 * entry's arguments): the field is then sealed whole.
 *
 * Nothing here may be indexed: IndexedDB indexes the stored (sealed) value.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  cases: ['customer.idNumber', 'customer.phone'],
  siteSurveys: ['survey'],
  surveyDrafts: ['draft'],
  calculations: ['input', 'result'],
  flags: ['evidence'],
  conflicts: ['mine', 'theirs'],
  outbox: ['args'],
  optimisticBases: ['row'],
};
