import {
  checklistFor,
  reuseOffers,
  type ChecklistItem,
  type EarlierClaim,
  type ReuseOffer,
} from '@shared/domain/materials';
import { reviewRound, type SentNotice } from '@shared/domain/materials-notice';
import type { CaseRecord, MaterialRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { caseRowsOf } from '../../../data/case-rows';
import { database, type Stored } from '../../../data/db';

export interface Checklist {
  items: ChecklistItem[];
  records: Stored<MaterialRecord>[];
  offers: ReuseOffer[];
  round: number;
  notices: SentNotice[];
}

/**
 * The case's checklist with what is on file, the same customer's earlier
 * claims' reusable items, and the notices already sent per review round.
 */
export function useChecklist(record: CaseRecord): Checklist | undefined {
  return useLiveQuery(async () => {
    const [records, events, contacts, siblings] = await Promise.all([
      caseRowsOf(database, 'caseMaterials', record.id),
      caseRowsOf(database, 'caseEvents', record.id),
      caseRowsOf(database, 'caseContacts', record.id),
      database.cases.where('customer.id').equals(record.customer.id).toArray(),
    ]);
    const earlier: EarlierClaim[] = await Promise.all(
      siblings
        .filter((c) => c.id !== record.id)
        .map(async (c) => ({
          caseId: c.id,
          caseNumber: c.caseNumber ?? c.provisionalNumber,
          updatedAt: c.updatedAt,
          materials: await caseRowsOf(database, 'caseMaterials', c.id),
        })),
    );
    return {
      items: checklistFor(record.line, records),
      records,
      offers: reuseOffers(record.line, records, earlier),
      round: reviewRound(events),
      notices: contacts.flatMap((c) => (c.notice ? [{ round: c.notice.round, at: c.at }] : [])),
    };
  }, [record.id, record.line, record.customer.id]);
}
