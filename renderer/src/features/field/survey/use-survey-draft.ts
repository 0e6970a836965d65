import type { SiteSurvey } from '@shared/domain/site-survey';
import type { CaseRecord } from '@shared/sync/records';
import { useEffect, useRef, useState } from 'react';
import { database } from '../../../data/db';
import { asDraft, blankSurvey } from './survey-draft';

const SAVE_AFTER_MS = 300;

export interface SurveyDraftState {
  survey: SiteSurvey | null;
  savedAt: number | null;
  update: (next: SiteSurvey) => void;
}

/**
 * The report being filled in, saved on this device a moment after each
 * change (and when the page goes away), so a crash, a reload or a flat
 * battery loses at most the last keystrokes.
 */
export function useSurveyDraft(record: CaseRecord): SurveyDraftState {
  const [survey, setSurvey] = useState<SiteSurvey | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const pending = useRef<SiteSurvey | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [draft, submitted] = await Promise.all([
        database.surveyDrafts.get(record.id),
        database.siteSurveys.where('caseId').equals(record.id).first(),
      ]);
      if (!live) return;
      setSurvey(asDraft(draft?.draft) ?? submitted?.survey ?? blankSurvey(record, Date.now()));
      setSavedAt(draft?.updatedAt ?? null);
    })();
    return () => {
      live = false;
    };
    // Loaded once per case: later changes to the case must not overwrite what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record.id]);

  useEffect(() => {
    const flush = () => {
      const draft = pending.current;
      pending.current = null;
      if (draft) void saveDraft(record.id, draft).then(setSavedAt);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      if (timer.current) clearTimeout(timer.current);
      flush();
    };
  }, [record.id]);

  const update = (next: SiteSurvey) => {
    setSurvey(next);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      void saveDraft(record.id, next).then(setSavedAt);
    }, SAVE_AFTER_MS);
  };
  return { survey, savedAt, update };
}

async function saveDraft(caseId: string, draft: SiteSurvey): Promise<number> {
  const at = Date.now();
  await database.surveyDrafts.put({ caseId, draft, updatedAt: at });
  return at;
}
