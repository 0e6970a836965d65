import { Alert, Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { database } from '../../../data/db';

/** What the service refused on this case, told here where the user made the change. */
export function CaseRejections({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const rejections = useLiveQuery(
    () =>
      database.rejections
        .where('dismissed')
        .equals(0)
        .filter((r) => r.caseId === caseId)
        .toArray(),
    [caseId],
    [],
  );
  if (rejections.length === 0) return null;
  return (
    <Stack spacing={1}>
      {rejections.map((r) => (
        <Alert
          key={r.mutationId}
          severity="error"
          data-testid="case-rejection"
          action={
            <Button
              color="inherit"
              onClick={() => void database.rejections.update(r.mutationId, { dismissed: 1 })}
            >
              {t('caseWork.dismiss')}
            </Button>
          }
        >
          {t('caseWork.refused', { message: r.result.message ?? r.result.reason ?? r.name })}
        </Alert>
      ))}
    </Stack>
  );
}
