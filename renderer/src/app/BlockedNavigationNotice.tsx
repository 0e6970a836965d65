import { Alert, Snackbar } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The window event the navigation guard raises for each link it refuses. */
export const BLOCKED_NAVIGATION = 'workstation:blocked-navigation';

/** Says why a clicked link went nowhere: the workstation opens no outside sites. */
export function BlockedNavigationNotice() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const show = (event: Event) =>
      setUrl(event instanceof CustomEvent ? String(event.detail) : null);
    window.addEventListener(BLOCKED_NAVIGATION, show);
    return () => window.removeEventListener(BLOCKED_NAVIGATION, show);
  }, []);
  return (
    <Snackbar open={url !== null} autoHideDuration={8000} onClose={() => setUrl(null)}>
      <Alert severity="warning" onClose={() => setUrl(null)} data-testid="blocked-navigation">
        {t('app.blockedNavigation', { url: url ?? '' })}
      </Alert>
    </Snackbar>
  );
}
