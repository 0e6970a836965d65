import { surveyProblems, type SiteSurvey } from '@shared/domain/site-survey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldErrors {
  /** The message for a field, once it has been left or a submit was tried. */
  errorOf: (path: string) => string | null;
  touch: (path: string) => void;
  /** Shows every problem (after a submit attempt); true when there is none. */
  checkAll: () => boolean;
  /** How many fields have a problem now. */
  count: number;
}

/** Validation next to each field, in the reader's language, without shouting before they type. */
export function useFieldErrors(survey: SiteSurvey): FieldErrors {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const problems = useMemo(() => surveyProblems(survey), [survey]);
  return {
    errorOf: (path) => {
      const problem = problems.get(path);
      return problem && (all || touched.has(path)) ? t(`fieldWork.problems.${problem}`) : null;
    },
    touch: (path) =>
      setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
    checkAll: () => {
      setAll(true);
      return problems.size === 0;
    },
    count: problems.size,
  };
}
