import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { formatFen } from '@shared/lib/money';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { database } from '../../data/db';
import { AdjudicationPanel } from '../adjudication/AdjudicationPanel';
import { toSummary } from '../queue/use-case-list';
import { CaseFlagsPanel } from './CaseFlagsPanel';
import { DescriptionPanel, NotesPanel } from './CaseWorkPanels';
import { DocumentsPanel } from './DocumentsPanel';

export function CasePage() {
  const { t } = useTranslation();
  const { caseId } = useParams();
  if (!caseId) {
    return (
      <>
        <PageHeader title={t('nav.case')} />
        <Alert severity="info">{t('case.choose')}</Alert>
      </>
    );
  }
  return <CaseWorkspace caseId={caseId} />;
}

/** The case from this device's database: readable and editable offline. */
function CaseWorkspace({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const record = useLiveQuery(async () => (await database.cases.get(caseId)) ?? null, [caseId]);
  const names = useLiveQuery(async () => {
    const [users, teams] = await Promise.all([database.users.toArray(), database.teams.toArray()]);
    return {
      users: new Map(users.map((u) => [u.id, u.displayName])),
      teams: new Map(teams.map((x) => [x.id, x.name])),
    };
  }, []);

  const back = (
    <Button component={Link} to="/queue" startIcon={<ArrowBackOutlined />}>
      {t('case.backToQueue')}
    </Button>
  );
  if (record === undefined || names === undefined) return <CircularProgress aria-busy />;
  if (record === null)
    return (
      <Alert severity="warning" action={back}>
        {t('case.notFound')}
      </Alert>
    );

  const c = toSummary(record, names.users, names.teams);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const fields: [string, string][] = [
    [t('case.customer'), `${c.customerName} · ${t(`case.customerKind.${c.customerKind}`)}`],
    [t('case.line'), t(`lines.${c.line}`)],
    [t('case.claimed'), formatFen(c.claimedFen)],
    [t('case.reserved'), formatFen(c.reservedFen)],
    [t('case.paid'), formatFen(c.paidFen)],
    [t('case.assignee'), c.assigneeName ?? t('queue.unassigned')],
    [t('case.team'), c.teamName ?? t('common.notAvailable')],
    [t('case.lossAt'), when.format(c.lossAt)],
    [t('case.reportedAt'), when.format(c.reportedAt)],
    [t('case.location'), c.lossLocation],
  ];

  return (
    <>
      <PageHeader
        title={c.caseNumber}
        subtitle={t('case.overview')}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip color="primary" label={t(`states.${c.state}`)} data-testid="case-state" />
            {back}
          </Stack>
        }
      />
      <Stack spacing={2}>
        <Paper sx={{ p: 2.5 }}>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
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
        </Paper>
        <DescriptionPanel record={record} />
        <CaseFlagsPanel caseId={caseId} />
        <AdjudicationPanel record={record} />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
          <NotesPanel caseId={caseId} />
          <DocumentsPanel caseId={caseId} />
        </Box>
      </Stack>
    </>
  );
}
