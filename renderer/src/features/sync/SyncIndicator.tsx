import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import CloudSyncOutlined from '@mui/icons-material/CloudSyncOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import { Chip, Tooltip } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { database } from '../../data/db';
import { useSyncStatus } from '../../sync/sync-context';

/** Always visible: connection, what is waiting to go, and whether anything needs the user. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useSyncStatus();
  const pending = useLiveQuery(() => database.outbox.count(), [], 0);
  const conflicts = useLiveQuery(
    () => database.conflicts.where('resolution').equals('open').count(),
    [],
    0,
  );
  const rejected = useLiveQuery(
    () => database.rejections.where('dismissed').equals(0).count(),
    [],
    0,
  );

  const offline = status.connection !== 'online';
  const failing = status.phase === 'stopped' || status.phase === 'waiting-to-retry';
  const label = offline
    ? status.connection === 'working-offline'
      ? t('syncStatus.workingOffline')
      : t('common.offline')
    : status.phase === 'syncing'
      ? t('syncStatus.syncing')
      : failing
        ? t('syncStatus.failing')
        : t('syncStatus.synced');
  const details = [
    pending > 0 ? t('syncStatus.pending', { count: pending }) : null,
    conflicts > 0 ? t('syncStatus.conflicts', { count: conflicts }) : null,
    rejected > 0 ? t('syncStatus.rejected', { count: rejected }) : null,
  ].filter(Boolean);
  const icon = offline ? (
    <CloudOffOutlined />
  ) : failing ? (
    <ErrorOutlineOutlined />
  ) : status.phase === 'syncing' ? (
    <CloudSyncOutlined />
  ) : (
    <CloudDoneOutlined />
  );
  const colour =
    conflicts > 0 || rejected > 0 || (failing && !offline)
      ? 'error'
      : offline
        ? 'warning'
        : 'success';

  return (
    <Tooltip title={status.error ?? t('syncStatus.open')}>
      <Chip
        size="small"
        variant="outlined"
        color={colour}
        icon={icon}
        data-testid="sync-indicator"
        data-pending={pending}
        data-online={offline ? 'false' : 'true'}
        label={[label, ...details].join(' · ')}
        onClick={() => navigate('/sync')}
      />
    </Tooltip>
  );
}
