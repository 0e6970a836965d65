import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Box sx={{ p: 4 }}>
      <Alert
        severity="error"
        action={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
      >
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    </Box>
  );
}
