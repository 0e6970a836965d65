import { Box, Paper, Stack, Typography } from '@mui/material';
import { isOpenClock, type SlaClock } from '@shared/domain/sla';
import { formatFen } from '@shared/lib/money';
import type { CaseRecord } from '@shared/sync/records';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import type { Stored } from '../../../data/db';
import { ClockChips } from './ClockChips';
import { TransitionActions } from './TransitionActions';

/** The case at a glance: its money, its running deadlines and the moves it can make next. */
export function CaseSummary({
  record,
  names,
  clocks: all,
}: {
  record: Stored<CaseRecord>;
  names: { assignee: string | null; team: string | null };
  clocks: readonly SlaClock[];
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const clocks = all.filter(isOpenClock).sort((a, b) => a.dueAt - b.dueAt);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const fields: [string, string][] = [
    [
      t('case.customer'),
      `${record.customer.name} · ${t(`case.customerKind.${record.customer.kind}`)}`,
    ],
    [t('case.line'), t(`lines.${record.line}`)],
    [t('case.claimed'), formatFen(record.claimedFen)],
    [t('case.reserved'), formatFen(record.reservedFen)],
    [t('case.paid'), formatFen(record.paidFen)],
    [t('case.assignee'), names.assignee ?? t('queue.unassigned')],
    [t('case.team'), names.team ?? t('common.notAvailable')],
    [t('case.lossAt'), when.format(record.lossAt)],
    [t('case.reportedAt'), when.format(record.reportedAt)],
    [t('case.location'), record.lossLocation],
  ];
  return (
    <Paper sx={{ p: 2.5 }}>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          gap: 2,
          m: 0,
        }}
      >
        {fields.map(([label, value]) => (
          <Box key={label}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body1" sx={{ m: 0, fontWeight: 500 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Stack spacing={1} sx={{ mt: 2 }}>
        <Typography variant="caption" color="text.secondary">
          {t('caseWork.clocks')}
        </Typography>
        {clocks.length > 0 ? (
          <ClockChips clocks={clocks} testId="case-clocks" />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('caseWork.noClocks')}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ pt: 1 }}>
          {t('caseWork.actions')}
        </Typography>
        <TransitionActions record={record} />
      </Stack>
    </Paper>
  );
}
