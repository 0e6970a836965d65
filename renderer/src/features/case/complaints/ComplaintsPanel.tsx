import { Box, Button, Chip, Divider, Stack, Typography } from '@mui/material';
import {
  complaintRefusal,
  complaintsOf,
  nextStage,
  type Complaint,
  type ComplaintAction,
} from '@shared/domain/complaints';
import { CLOCK_TEXTS, type SlaClock } from '@shared/domain/sla';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { caseRowsOf } from '../../../data/case-rows';
import { database } from '../../../data/db';
import { ClockChips } from '../header/ClockChips';
import { Panel } from '../Panel';
import { ComplaintDialog, type ComplaintStepRequest } from './ComplaintDialog';

const STEP_ACTIONS: readonly Exclude<ComplaintAction, 'opened'>[] = [
  'responded',
  'escalated',
  'resolved',
  'revisited',
];

/** Complaints on the case with their clocks, each step offered only when it can come next. */
export function ComplaintsPanel({
  record,
  clocks,
}: {
  record: CaseRecord;
  clocks: readonly SlaClock[];
}) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ComplaintStepRequest | null>(null);
  const complaints = useLiveQuery(
    async () => complaintsOf(await caseRowsOf(database, 'caseEvents', record.id)),
    [record.id],
    [],
  );
  return (
    <Panel
      title={t('caseWork.complaints.title')}
      testId="complaints"
      action={
        <Button
          size="small"
          variant="outlined"
          onClick={() => setRequest({ action: 'opened', complaint: null })}
        >
          {t('caseWork.complaints.add')}
        </Button>
      }
    >
      {complaints.length === 0 ? (
        <Typography color="text.secondary">{t('caseWork.complaints.none')}</Typography>
      ) : null}
      <Stack spacing={1.5} divider={<Divider flexItem />}>
        {complaints.map((complaint) => (
          <ComplaintItem
            key={complaint.id}
            complaint={complaint}
            clocks={clocks.filter((c) => c.id.endsWith(`:${complaint.id}`))}
            onStep={(action) => setRequest({ action, complaint })}
          />
        ))}
      </Stack>
      {request ? (
        <ComplaintDialog caseId={record.id} request={request} onClose={() => setRequest(null)} />
      ) : null}
    </Panel>
  );
}

function ComplaintItem({
  complaint,
  clocks,
  onStep,
}: {
  complaint: Complaint;
  clocks: SlaClock[];
  onStep: (action: Exclude<ComplaintAction, 'opened'>) => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const stage = nextStage(complaint.stage);
  const offered = STEP_ACTIONS.filter(
    (action) => complaintRefusal(complaint, action, action === 'escalated' ? stage : null) === null,
  );
  // An ordinary issue's 3-day dispute clock has not started; it is shown so the path ahead is clear.
  const disputePending =
    !complaint.complex && complaint.stage === null && complaint.resolvedAt === null;
  return (
    <Box data-testid="complaint">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography sx={{ fontWeight: 600 }}>{complaint.summary}</Typography>
        <Chip
          size="small"
          label={
            complaint.stage
              ? t(`caseWork.complaints.stage.${complaint.stage}`)
              : complaint.complex
                ? t('caseWork.complaints.complex')
                : t('caseWork.complaints.ordinary')
          }
        />
        {complaint.resolvedAt !== null ? (
          <Chip size="small" color="success" label={t('caseWork.complaints.resolved')} />
        ) : null}
        <Typography variant="caption" color="text.secondary">
          {t('caseWork.complaints.opened', { time: when.format(complaint.openedAt) })}
        </Typography>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 1 }}>
        <ClockChips clocks={clocks} testId="complaint-clocks" />
        {disputePending ? (
          <Chip
            size="small"
            variant="outlined"
            data-testid="clock"
            data-kind="complaint-dispute"
            data-state="pending"
            label={`${CLOCK_TEXTS['complaint-dispute'].label[language]} · ${t('caseWork.complaints.startsIfEscalated')}`}
          />
        ) : null}
      </Stack>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {complaint.steps.slice(1).map((step) => (
          <Fragment key={`${step.action}-${step.at}`}>
            <Typography component="li" variant="body2">
              {when.format(step.at)} ·{' '}
              {step.action === 'escalated' && step.stage
                ? t('caseWork.complaints.actions.escalated', {
                    stage: t(`caseWork.complaints.stage.${step.stage}`),
                  })
                : t(`caseWork.complaints.stepTitle.${step.action}`)}
              {step.text ? `：${step.text}` : ''}
            </Typography>
          </Fragment>
        ))}
      </Box>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
        {offered.map((action) => (
          <Button
            key={action}
            size="small"
            onClick={() => onStep(action)}
            data-testid={`complaint-${action}`}
          >
            {action === 'escalated' && stage
              ? t('caseWork.complaints.actions.escalated', {
                  stage: t(`caseWork.complaints.stage.${stage}`),
                })
              : t(`caseWork.complaints.actions.${action}`)}
          </Button>
        ))}
      </Stack>
    </Box>
  );
}
