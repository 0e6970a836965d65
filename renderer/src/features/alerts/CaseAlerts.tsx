import { Alert, Button, Snackbar } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePreferences } from '../../app/preferences-context';
import { useSignedInUser } from '../../app/session-context';
import { platform } from '../../platform';
import { useSyncStatus } from '../../sync/sync-context';
import { useQueueRows } from '../queue/queue-rows-context';
import { caseAlerts, type CaseAlert, type Seen } from './case-alerts';

/**
 * Tells the adjuster when a case is assigned to them or one of their
 * deadlines turns at risk or overdue: in the app, and through the OS when
 * the workstation is in the background.
 */
export function CaseAlerts() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const user = useSignedInUser();
  const state = useQueueRows();
  const sync = useSyncStatus();
  const navigate = useNavigate();
  const seen = useRef<Map<string, Seen> | null>(null);
  const [shown, setShown] = useState<CaseAlert[]>([]);
  // Until the first sync completes, cases arriving are the download, not news.
  const settled = sync.lastSyncedAt !== null;

  useEffect(() => {
    if (state.status !== 'ready') return;
    const { alerts, seen: next } = caseAlerts(
      settled ? seen.current : null,
      state.rows,
      user.id,
      language,
    );
    seen.current = next;
    if (alerts.length === 0) return;
    setShown(alerts);
    const text = describe(alerts);
    if (document.hidden || !document.hasFocus()) void platform.notify(t('alerts.title'), text);
  }, [state, settled, user.id, language]); // eslint-disable-line react-hooks/exhaustive-deps -- describe/t follow language

  function describe(alerts: readonly CaseAlert[]): string {
    const [first] = alerts;
    if (!first) return '';
    const one =
      first.kind === 'assigned'
        ? t('alerts.assigned', { caseNumber: first.caseNumber })
        : t(`alerts.${first.kind}`, { caseNumber: first.caseNumber, clock: first.clock });
    return alerts.length === 1 ? one : t('alerts.more', { first: one, count: alerts.length - 1 });
  }

  const [first] = shown;
  return (
    <Snackbar
      open={first !== undefined}
      autoHideDuration={10_000}
      onClose={(_, reason) => reason !== 'clickaway' && setShown([])}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
    >
      <Alert
        severity={
          first?.kind === 'breached' ? 'error' : first?.kind === 'at-risk' ? 'warning' : 'info'
        }
        variant="filled"
        onClose={() => setShown([])}
        data-testid="case-alert"
        action={
          first ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                navigate(shown.length === 1 ? `/cases/${first.caseId}` : '/queue');
                setShown([]);
              }}
            >
              {t('alerts.open')}
            </Button>
          ) : null
        }
      >
        {describe(shown)}
      </Alert>
    </Snackbar>
  );
}
