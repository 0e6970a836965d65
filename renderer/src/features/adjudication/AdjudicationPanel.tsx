import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HighlightOffOutlined from '@mui/icons-material/HighlightOffOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalculationInput, CalculationResult } from '@shared/calc';
import { formatFen } from '@shared/lib/money';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CalculationRecord, CaseRecord } from '@shared/sync/records';
import { useSession } from '../../app/session-context';
import { database } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import { Panel } from '../case/Panel';
import { CalculationDialog } from './CalculationDialog';
import { paymentKinds } from './payment-kinds';
import { PayeeFields, payeeComplete, type Payee } from './PayeeFields';
import { PaymentForm } from './PaymentForm';
import { amountFromDocuments, type DocumentAmount } from './document-amounts';
import { paperTextReader } from './paper-text';
import { prefillCalculation, withDocumentAmount, type Prefill } from './prefill';

type SetAside = DocumentAmount['setAside'];

const EDITABLE_STATES = new Set(['LOSS_ASSESSMENT', 'ADJUSTMENT']);

/** The payout calculation, its versions, and the decision built on it (domain.md §6–7). */
export function AdjudicationPanel({ record }: { record: CaseRecord }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const versions = useLiveQuery(
    async () =>
      (await database.calculations.where('caseId').equals(record.id).toArray()).sort(
        (a, b) => b.version - a.version,
      ),
    [record.id],
    [],
  );
  const { central } = useSession();
  const [editing, setEditing] = useState<{ start: Prefill; setAside: SetAside } | null>(null);
  const [readingPapers, setReadingPapers] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const selected = versions.find((v) => v.version === shown) ?? versions[0];
  const other = versions.find((v) => v.version === compareWith);

  // A later version starts from the one before; the first starts from the policy, the case and its papers.
  const startNew = async () => {
    const latest = versions[0];
    const input = latest ? CalculationInput.safeParse(latest.input) : null;
    if (input?.success && latest) {
      setEditing({ start: { input: input.data, provenance: latest.provenance }, setAside: [] });
      return;
    }
    const base = prefillCalculation(record);
    if (!base) return;
    setReadingPapers(true);
    try {
      const documents = await database.documents.where('caseId').equals(record.id).toArray();
      const amount = await amountFromDocuments(
        base.input.line,
        documents,
        paperTextReader(central),
      );
      setEditing({ start: withDocumentAmount(base, amount), setAside: amount?.setAside ?? [] });
    } finally {
      setReadingPapers(false);
    }
  };

  return (
    <Panel
      title={t('adjudication.title')}
      testId="adjudication"
      action={
        EDITABLE_STATES.has(record.state) ? (
          <Button
            size="small"
            variant="outlined"
            onClick={() => void startNew()}
            disabled={!record.policy || readingPapers}
          >
            {readingPapers ? t('adjudication.readingPapers') : t('adjudication.newCalculation')}
          </Button>
        ) : null
      }
    >
      {selected ? (
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              size="small"
              label={t('adjudication.version')}
              value={selected.version}
              onChange={(e) => setShown(Number(e.target.value))}
              sx={{ minWidth: 160 }}
            >
              {versions.map((v) => (
                <MenuItem key={v.id} value={v.version}>
                  {t('adjudication.versionN', { n: v.version })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('adjudication.compareWith')}
              value={compareWith ?? ''}
              onChange={(e) =>
                setCompareWith(e.target.value === '' ? null : Number(e.target.value))
              }
              sx={{ minWidth: 160 }}
            >
              <MenuItem value="">{t('common.notAvailable')}</MenuItem>
              {versions
                .filter((v) => v.version !== selected.version)
                .map((v) => (
                  <MenuItem key={v.id} value={v.version}>
                    {t('adjudication.versionN', { n: v.version })}
                  </MenuItem>
                ))}
            </TextField>
            <Typography variant="h6" data-testid="payable">
              {t('adjudication.payableIs', { amount: money(selected.payableFen) })}
            </Typography>
            {other ? (
              <Chip
                label={t('adjudication.difference', {
                  n: other.version,
                  amount: money(Math.abs(selected.payableFen - other.payableFen)),
                  sign: selected.payableFen >= other.payableFen ? '+' : '−',
                })}
              />
            ) : null}
          </Stack>
          <StepsTable calculation={selected} />
          <Decision record={record} latest={versions[0]} />
        </Stack>
      ) : (
        <Typography color="text.secondary">
          {record.policy ? t('adjudication.none') : t('adjudication.noPolicy')}
        </Typography>
      )}
      <Payments record={record} hasCalculation={versions.length > 0} />
      {editing ? (
        <CalculationDialog
          caseId={record.id}
          start={editing.start}
          setAside={editing.setAside}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Panel>
  );
}

function StepsTable({ calculation }: { calculation: CalculationRecord }) {
  const { t, i18n } = useTranslation();
  const result = CalculationResult.safeParse(calculation.result);
  if (!result.success) return <Alert severity="error">{t('adjudication.unreadable')}</Alert>;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Table size="small" data-testid="steps">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 40 }}>#</TableCell>
          <TableCell>{t('adjudication.step')}</TableCell>
          <TableCell sx={{ width: 220 }}>{t('adjudication.clause')}</TableCell>
          <TableCell align="right" sx={{ width: 150 }}>
            {t('adjudication.running')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {result.data.steps.map((step, index) => (
          <TableRow key={`${step.ruleId}-${index}`}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>{step.text[language]}</TableCell>
            <TableCell sx={{ color: 'text.secondary' }}>{step.clause}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatFen(step.amountFen, i18n.language)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Decision({
  record,
  latest,
}: {
  record: CaseRecord;
  latest: CalculationRecord | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { queue } = useSync();
  const { state } = useSession();
  const [reason, setReason] = useState('');
  const [clause, setClause] = useState('');
  const [payee, setPayee] = useState<Payee>({ name: record.customer.name, account: '' });
  const pending = useLiveQuery(
    () =>
      database.approvals
        .where('caseId')
        .equals(record.id)
        .filter((a) => a.status === 'pending')
        .first(),
    [record.id],
  );
  const refusal = useLiveQuery(
    async () =>
      (await database.rejections.where('dismissed').equals(0).toArray())
        .filter((r) => r.caseId === record.id && /^(adjudication|payment)\./.test(r.name))
        .sort((a, b) => b.at - a.at)[0],
    [record.id],
  );
  const user = state.status === 'signed-in' ? state.user : null;
  if (!user || !latest) return null;

  const submit = (decision: 'pay' | 'deny') =>
    queue('adjudication.submit', {
      approvalId: uuidv7(),
      caseId: record.id,
      decision,
      calculationId: decision === 'pay' ? latest.id : null,
      denialClause: decision === 'deny' ? clause : null,
      explanation: decision === 'deny' ? reason : null,
      payee: decision === 'pay' ? { name: payee.name.trim(), account: payee.account } : null,
    });
  const decide = (approvalId: string, decision: 'approve' | 'return') =>
    queue('adjudication.decide', {
      approvalId,
      caseId: record.id,
      decision,
      reason: reason.trim() || null,
    });

  return (
    <Box>
      {refusal ? (
        <Alert
          severity="error"
          sx={{ mb: 1 }}
          data-testid="decision-refused"
          onClose={() => void database.rejections.update(refusal.mutationId, { dismissed: 1 })}
        >
          {refusal.result.message}
        </Alert>
      ) : null}
      {record.state === 'ADJUSTMENT' ? (
        <Stack spacing={1.5} data-testid="submit-decision">
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
          >
            <PayeeFields value={payee} onChange={setPayee} />
            <Button
              variant="contained"
              disabled={!payeeComplete(payee)}
              onClick={() => void submit('pay')}
            >
              {t('adjudication.submit', { amount: formatFen(latest.payableFen, i18n.language) })}
            </Button>
          </Stack>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
          >
            <TextField
              size="small"
              label={t('adjudication.denialClause')}
              value={clause}
              onChange={(e) => setClause(e.target.value)}
            />
            <TextField
              size="small"
              label={t('adjudication.denialExplanation')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              sx={{ flexGrow: 1 }}
            />
            <Button
              color="error"
              disabled={!clause.trim() || !reason.trim()}
              onClick={() => void submit('deny')}
            >
              {t('adjudication.deny')}
            </Button>
          </Stack>
        </Stack>
      ) : null}
      {record.state === 'APPROVAL' && pending ? (
        <Stack spacing={1} data-testid="pending-decision">
          <Typography>
            {pending.decision === 'pay'
              ? t('adjudication.pendingPay', {
                  amount: formatFen(pending.amountFen, i18n.language),
                })
              : t('adjudication.pendingDeny', { clause: pending.denialClause ?? '' })}
          </Typography>
          {pending.decision === 'pay' ? (
            <Box data-testid="auto-approval">
              <Typography variant="subtitle2">
                {pending.proposal.proposed
                  ? t('adjudication.autoProposed')
                  : t('adjudication.autoNotProposed')}
              </Typography>
              <List dense disablePadding>
                {pending.proposal.checks.map((c) => (
                  <ListItem key={c.check} disableGutters>
                    <ListItemIcon
                      sx={{ minWidth: 32 }}
                      data-testid={c.passed ? 'check-passed' : 'check-failed'}
                    >
                      {c.passed ? (
                        <CheckCircleOutlined color="success" fontSize="small" />
                      ) : (
                        <HighlightOffOutlined color="error" fontSize="small" />
                      )}
                    </ListItemIcon>
                    <ListItemText
                      primary={t(
                        `adjudication.check.${c.check}` as 'adjudication.check.within-ceiling',
                      )}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          ) : null}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button variant="contained" onClick={() => void decide(pending.id, 'approve')}>
              {t('adjudication.approve')}
            </Button>
            <TextField
              size="small"
              label={t('adjudication.returnReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              sx={{ flexGrow: 1 }}
            />
            <Button disabled={!reason.trim()} onClick={() => void decide(pending.id, 'return')}>
              {t('adjudication.return')}
            </Button>
          </Stack>
        </Stack>
      ) : null}
    </Box>
  );
}

function Payments({ record, hasCalculation }: { record: CaseRecord; hasCalculation: boolean }) {
  const { t, i18n } = useTranslation();
  const payments = useLiveQuery(
    () => database.payments.where('caseId').equals(record.id).sortBy('paidAt'),
    [record.id],
    [],
  );
  const kinds = paymentKinds(record, hasCalculation);
  if (payments.length === 0 && kinds.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{t('adjudication.payments')}</Typography>
      {kinds.length > 0 ? <PaymentForm record={record} kinds={kinds} /> : null}
      <Table size="small">
        <TableBody>
          {payments.map((p) => (
            <TableRow key={p.id} data-testid="payment">
              <TableCell>{t(`adjudication.paymentKind.${p.kind}`)}</TableCell>
              <TableCell>
                {p.payeeName} {p.payeeAccountMasked}
              </TableCell>
              <TableCell align="right">{formatFen(p.amountFen, i18n.language)}</TableCell>
              <TableCell align="right" sx={{ color: 'text.secondary' }}>
                {t('adjudication.balance', { amount: formatFen(p.balanceAfterFen, i18n.language) })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
