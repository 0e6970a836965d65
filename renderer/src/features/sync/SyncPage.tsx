import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  LinearProgress,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HealthResponse } from '@shared/schemas/health';
import type { CaseRecord, ConflictRecord } from '@shared/sync/records';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { useSession } from '../../app/session-context';
import { database } from '../../data/db';
import { useSync, useSyncStatus } from '../../sync/sync-context';
import { evictBlobCache } from '../../sync/uploads';
import { canReapply, resolveConflict } from './conflict-actions';
import { ConflictMergeDialog } from './ConflictMergeDialog';
import { mergeFields } from '../../sync/conflict-merge';
import { formatFieldValue } from './field-value';

export function SyncPage() {
  const { t } = useTranslation();
  const { controller } = useSync();
  const status = useSyncStatus();
  return (
    <>
      <PageHeader
        title={t('sync.title')}
        actions={
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <FormControlLabel
              control={
                <Switch
                  checked={status.connection === 'working-offline'}
                  onChange={(e) => controller?.setWorkOffline(e.target.checked)}
                  data-testid="work-offline"
                />
              }
              label={t('syncStatus.workOffline')}
            />
            <Button
              variant="outlined"
              onClick={() => controller?.requestSync()}
              disabled={status.connection !== 'online'}
            >
              {t('sync.checkNow')}
            </Button>
          </Stack>
        }
      />
      <Stack spacing={2} sx={{ maxWidth: 980 }}>
        <StatusPanel />
        <UploadsPanel />
        <RejectionsPanel />
        <ConflictsPanel />
        <NoticesPanel />
      </Stack>
    </>
  );
}

function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function StatusPanel() {
  const { t } = useTranslation();
  const { central } = useSession();
  const { language } = usePreferences();
  const status = useSyncStatus();
  const pending = useLiveQuery(() => database.outbox.count(), [], 0);
  const [health, setHealth] = useState<HealthResponse | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [freed, setFreed] = useState<number | null>(null);
  useEffect(() => {
    central.get('/health', HealthResponse).then(setHealth, () => setHealth(null));
    void navigator.storage
      ?.estimate?.()
      .then((e) => setStorage({ usage: e.usage ?? 0, quota: e.quota ?? 0 }));
  }, [central, status.lastSyncedAt]);
  const when = (at: number | null) =>
    at
      ? new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(at)
      : t('common.notAvailable');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const rows: [string, ReactNode][] = [
    [t('sync.connection'), t(`syncStatus.connection.${status.connection}`)],
    [
      t('sync.central'),
      `${central.baseUrl} · ${health ? `${t('sync.reachable')} (${health.database === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${health.version})` : t('sync.unreachable')}`,
    ],
    [
      t('syncStatus.pendingLabel'),
      <span key="p" data-testid="pending-count">
        {pending}
      </span>,
    ],
    [t('syncStatus.lastSynced'), when(status.lastSyncedAt)],
    [
      t('syncStatus.storage'),
      <Stack key="s" direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <span>
          {storage ? `${mb(storage.usage)} / ${mb(storage.quota)}` : t('common.notAvailable')}
        </span>
        <Button
          size="small"
          onClick={() => void evictBlobCache(database, 0).then((n) => setFreed(n))}
        >
          {t('syncStatus.freeSpace')}
        </Button>
        {freed !== null ? <span>{t('syncStatus.freed', { count: freed })}</span> : null}
      </Stack>,
    ],
  ];
  return (
    <Section title={t('syncStatus.overview')}>
      {status.error ? (
        <Alert severity={status.phase === 'stopped' ? 'error' : 'warning'} sx={{ mb: 1 }}>
          {status.phase === 'waiting-to-retry' && status.nextRetryAt
            ? t('syncStatus.retrying', { time: when(status.nextRetryAt) })
            : t('syncStatus.stopped')}{' '}
          {status.error}
        </Alert>
      ) : null}
      <Table size="small">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: 220, color: 'text.secondary' }}>
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

function UploadsPanel() {
  const { t } = useTranslation();
  const uploads = useLiveQuery(() => database.uploads.toArray(), [], []);
  const open = uploads.filter((u) => u.state !== 'done');
  if (uploads.length === 0) return null;
  const total = uploads.reduce((sum, u) => sum + u.size, 0);
  const received = uploads.reduce((sum, u) => sum + u.received, 0);
  return (
    <Section
      title={t('syncStatus.uploads', { done: uploads.length - open.length, total: uploads.length })}
      testId="uploads"
    >
      <LinearProgress
        variant="determinate"
        value={total ? (received / total) * 100 : 100}
        sx={{ mb: 1 }}
      />
      {open.map((u) => (
        <Box key={u.sha256} sx={{ mb: 1 }}>
          <Typography variant="body2">
            {u.fileName} · {Math.round((u.received / Math.max(1, u.size)) * 100)}%{' '}
            {u.error ? `· ${u.error}` : ''}
          </Typography>
          <LinearProgress variant="determinate" value={(u.received / Math.max(1, u.size)) * 100} />
        </Box>
      ))}
    </Section>
  );
}

function RejectionsPanel() {
  const { t } = useTranslation();
  const rejections = useLiveQuery(
    () => database.rejections.where('dismissed').equals(0).toArray(),
    [],
    [],
  );
  if (rejections.length === 0) return null;
  return (
    <Section title={t('syncStatus.rejectedTitle')} testId="rejections">
      {rejections.map((r) => (
        <Alert
          key={r.mutationId}
          severity="error"
          sx={{ mb: 1 }}
          action={
            <Button onClick={() => void database.rejections.update(r.mutationId, { dismissed: 1 })}>
              {t('syncStatus.dismiss')}
            </Button>
          }
        >
          <strong>
            {t(
              `syncStatus.mutation.${r.name.replace('.', '_')}` as 'syncStatus.mutation.note_add',
              {
                defaultValue: r.name,
              },
            )}
          </strong>
          : {r.result.message ?? r.result.reason}
        </Alert>
      ))}
    </Section>
  );
}

function ConflictsPanel() {
  const { t, i18n } = useTranslation();
  const { queue } = useSync();
  const conflicts = useLiveQuery(
    () => database.conflicts.where('resolution').equals('open').toArray(),
    [],
    [],
  );
  const cases = useLiveQuery(
    async () => new Map((await database.cases.toArray()).map((c) => [c.id, c])),
    [],
    new Map<string, CaseRecord>(),
  );
  const [merging, setMerging] = useState<ConflictRecord | null>(null);
  if (conflicts.length === 0) return null;
  const caseLabel = (id: string) => {
    const c = cases.get(id);
    return c?.caseNumber ?? c?.provisionalNumber ?? id;
  };
  const words = { yes: t('common.yes'), no: t('common.no'), none: t('common.notAvailable') };
  const show = (field: string | null, value: unknown) =>
    formatFieldValue(field, value, i18n.language, words);
  return (
    <Section title={t('syncStatus.conflictsTitle', { count: conflicts.length })} testId="conflicts">
      {conflicts.map((c) => (
        <Paper key={c.id} variant="outlined" sx={{ p: 1.5, mb: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
            <Chip size="small" label={caseLabel(c.caseId)} />
            <Typography variant="body2">
              {t(`syncStatus.reason.${c.reason}` as 'syncStatus.reason.field-changed', {
                defaultValue: c.reason,
                field: c.field
                  ? t(`syncStatus.field.${c.field}` as 'syncStatus.field.description', {
                      defaultValue: c.field,
                    })
                  : '',
              })}
            </Typography>
          </Stack>
          <Stack direction="row" spacing={2}>
            <Box sx={{ flex: 1 }}>
              <Typography variant="caption" color="text.secondary">
                {t('syncStatus.mine')}
              </Typography>
              <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                {show(c.field, c.mine)}
              </Typography>
            </Box>
            <Box sx={{ flex: 1 }}>
              <Typography variant="caption" color="text.secondary">
                {t('syncStatus.theirs')}
              </Typography>
              <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                {show(c.field, c.theirs)}
              </Typography>
            </Box>
          </Stack>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button size="small" onClick={() => void resolveConflict(queue, c, 'kept-theirs')}>
              {t('syncStatus.keepTheirs')}
            </Button>
            {canReapply(c) ? (
              <Button size="small" onClick={() => void resolveConflict(queue, c, 'kept-mine')}>
                {t('syncStatus.keepMine')}
              </Button>
            ) : null}
            {mergeFields(c, cases.get(c.caseId)).length > 0 ? (
              <Button size="small" onClick={() => setMerging(c)}>
                {t('syncStatus.merge')}
              </Button>
            ) : null}
          </Stack>
        </Paper>
      ))}
      {merging ? <ConflictMergeDialog conflict={merging} onClose={() => setMerging(null)} /> : null}
    </Section>
  );
}

function NoticesPanel() {
  const { t } = useTranslation();
  const notices = useLiveQuery(
    () => database.notices.where('seen').equals(0).reverse().toArray(),
    [],
    [],
  );
  if (notices.length === 0) return null;
  return (
    <Section title={t('syncStatus.noticesTitle')} testId="notices">
      {notices.map((n) => (
        <Alert
          key={n.id}
          severity={n.kind === 'case-left-scope' ? 'warning' : 'info'}
          sx={{ mb: 1 }}
          action={
            <Button
              onClick={() => n.id !== undefined && void database.notices.update(n.id, { seen: 1 })}
            >
              {t('syncStatus.dismiss')}
            </Button>
          }
        >
          {n.kind === 'case-left-scope'
            ? t('syncStatus.caseLeft', {
                caseNumber: n.caseNumber ?? n.caseId,
                assignee: n.assigneeName ?? t('queue.unassigned'),
              })
            : t('syncStatus.caseJoined', { caseNumber: n.caseNumber ?? n.caseId })}
        </Alert>
      ))}
    </Section>
  );
}
