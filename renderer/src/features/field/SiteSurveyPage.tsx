import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, Button, Chip, CircularProgress, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/PageHeader';
import { database } from '../../data/db';
import { FieldPhotos } from './photos/FieldPhotos';
import { SurveyForm } from './survey/SurveyForm';

/** At the scene: the survey report and the photos of one case, all on this device first. */
export function SiteSurveyPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const record = useLiveQuery(async () => (await database.cases.get(caseId)) ?? null, [caseId]);
  // The first photo that knows where it was taken can place the survey.
  const photoPosition = useLiveQuery(
    async () => {
      const documents = await database.documents.where('caseId').equals(caseId).toArray();
      const located = documents.find((d) => d.photo?.lat != null && d.photo.lng != null);
      return located?.photo?.lat != null && located.photo.lng != null
        ? { lat: located.photo.lat, lng: located.photo.lng }
        : null;
    },
    [caseId],
    null,
  );
  const back = (
    <Button component={Link} to="/field" startIcon={<ArrowBackOutlined />}>
      {t('nav.field')}
    </Button>
  );
  if (record === undefined) return <CircularProgress aria-busy />;
  if (record === null)
    return (
      <Alert severity="warning" action={back}>
        {t('case.notFound')}
      </Alert>
    );
  return (
    <>
      <PageHeader
        title={record.caseNumber ?? record.provisionalNumber ?? record.id}
        subtitle={`${record.customer.name} · ${t(`lines.${record.line}`)} · ${record.lossLocation}`}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {record.caseNumber === null ? (
              <Chip
                variant="outlined"
                color="warning"
                label={t('caseWork.provisional')}
                data-testid="provisional"
              />
            ) : null}
            <Chip color="primary" label={t(`states.${record.state}`)} />
            <Button component={Link} to={`/cases/${record.id}`}>
              {t('field.navigate')}
            </Button>
            {back}
          </Stack>
        }
      />
      <Stack spacing={2}>
        <SurveyForm record={record} photoPosition={photoPosition} />
        <FieldPhotos caseId={record.id} />
      </Stack>
    </>
  );
}
