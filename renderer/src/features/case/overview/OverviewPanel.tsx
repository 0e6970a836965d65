import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { maskIdNumber, maskPhone } from '@shared/lib/masking';
import { formatFen } from '@shared/lib/money';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { database } from '../../../data/db';
import { RevealableValue } from '../../privacy/RevealableValue';
import { Panel } from '../Panel';

/** The policy with its covers and what is left of them, and the people on the case. */
export function OverviewPanel({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const people = useLiveQuery(
    async () => {
      const ids = [record.dedicatedAdvisorId, record.assigneeId].filter(
        (id): id is string => id !== null,
      );
      const users = await database.users.bulkGet(ids);
      return new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as const] : [])));
    },
    [record.dedicatedAdvisorId, record.assigneeId],
    new Map<string, string>(),
  );
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const { policy, customer } = record;
  const remaining = policy ? Math.max(0, policy.sumInsuredFen - record.paidFen) : null;
  return (
    <Panel title={t('caseWork.overview.title')} testId="overview">
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 2,
          rowGap: 0.75,
          m: 0,
        }}
      >
        <Row label={t('caseWork.overview.policy')}>
          {policy ? policy.policyNumber : t('caseWork.overview.noPolicy')}
        </Row>
        {policy ? (
          <>
            <Row label={t('caseWork.overview.period')}>
              {day.format(policy.startAt)} – {day.format(policy.endAt)}
            </Row>
            <Row label={t('caseWork.overview.sumInsured')}>{formatFen(policy.sumInsuredFen)}</Row>
            <Row label={t('caseWork.overview.remaining')}>
              <Tooltip title={t('caseWork.overview.remainingHint')}>
                <span data-testid="remaining-limit">{formatFen(remaining ?? 0)}</span>
              </Tooltip>
            </Row>
          </>
        ) : null}
        <Row label={t('caseWork.overview.insured')}>
          {customer.name} · {t(`case.customerKind.${customer.kind}`)}
        </Row>
        <Row label={t('caseWork.overview.idNumber')}>
          <RevealableValue
            caseId={record.id}
            field="idNumber"
            value={customer.idNumber}
            masked={maskIdNumber(customer.idNumber)}
          />
        </Row>
        <Row label={t('caseWork.overview.phone')}>
          <RevealableValue
            caseId={record.id}
            field="phone"
            value={customer.phone}
            masked={maskPhone(customer.phone)}
          />
        </Row>
        <Row label={t('caseWork.overview.preferredChannel')}>
          {t(`caseWork.overview.channel.${customer.preferredChannel}`)}
        </Row>
        <Row label={t('caseWork.overview.advisor')}>
          {record.dedicatedAdvisorId
            ? (people.get(record.dedicatedAdvisorId) ?? record.dedicatedAdvisorId)
            : t('caseWork.overview.noAdvisor')}
        </Row>
        <Row label={t('caseWork.overview.assignee')}>
          {record.assigneeId
            ? (people.get(record.assigneeId) ?? record.assigneeId)
            : t('queue.unassigned')}
        </Row>
      </Box>
      {policy && policy.coverages.length > 0 ? (
        <Table size="small" sx={{ mt: 1.5 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('caseWork.overview.coverage')}</TableCell>
              <TableCell align="right">{t('caseWork.overview.sumInsured')}</TableCell>
              <TableCell align="right">{t('caseWork.overview.deductible')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {policy.coverages.map((c) => (
              <TableRow key={c.code}>
                <TableCell>{c.name}</TableCell>
                <TableCell align="right">{formatFen(c.sumInsuredFen)}</TableCell>
                <TableCell align="right">{formatFen(c.deductibleFen)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Panel>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}
