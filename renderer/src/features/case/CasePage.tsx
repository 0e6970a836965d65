import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, Box, Button, Chip, CircularProgress, Stack, Tooltip } from '@mui/material';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/PageHeader';
import { database, type Stored } from '../../data/db';
import { AdjudicationPanel } from '../adjudication/AdjudicationPanel';
import { CaseFlagsPanel } from './CaseFlagsPanel';
import { DescriptionPanel, NotesPanel } from './CaseWorkPanels';
import { ComplaintsPanel } from './complaints/ComplaintsPanel';
import { ContactsPanel } from './contacts/ContactsPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { FollowUpPanel } from './follow-up/FollowUpPanel';
import { CaseRejections } from './header/CaseRejections';
import { CaseSummary } from './header/CaseSummary';
import { useCaseClocks } from './header/use-case-clocks';
import { HistoryPanel } from './history/HistoryPanel';
import { MaterialsPanel } from './materials/MaterialsPanel';
import { OverviewPanel } from './overview/OverviewPanel';
import { SiteSurveyPanel } from './SiteSurveyPanel';

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

const TWO_COLUMNS = { display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 };

/** The whole case from this device's database: readable and workable offline. */
function CaseWorkspace({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const record = useLiveQuery(async () => (await database.cases.get(caseId)) ?? null, [caseId]);
  const names = useLiveQuery(async () => {
    const current = await database.cases.get(caseId);
    const [assignee, team] = await Promise.all([
      current?.assigneeId ? database.users.get(current.assigneeId) : undefined,
      current?.teamId ? database.teams.get(current.teamId) : undefined,
    ]);
    return { assignee: assignee?.displayName ?? null, team: team?.name ?? null };
  }, [caseId, record?.assigneeId, record?.teamId]);

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

  return <LoadedCase record={record} names={names} back={back} />;
}

/** The workspace of a case on this device; its clocks are measured once here for every panel. */
function LoadedCase({
  record,
  names,
  back,
}: {
  record: Stored<CaseRecord>;
  names: { assignee: string | null; team: string | null };
  back: ReactNode;
}) {
  const { t } = useTranslation();
  const caseId = record.id;
  const clocks = useCaseClocks(record);
  return (
    <>
      <PageHeader
        title={record.caseNumber ?? record.provisionalNumber ?? record.id}
        subtitle={`${record.customer.name} · ${t(`lines.${record.line}`)}`}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {record.caseNumber === null ? (
              <Tooltip title={t('caseWork.provisional')}>
                <Chip variant="outlined" color="warning" label={t('caseWork.provisional')} />
              </Tooltip>
            ) : null}
            <Chip color="primary" label={t(`states.${record.state}`)} data-testid="case-state" />
            {back}
          </Stack>
        }
      />
      <Stack spacing={2}>
        <CaseRejections caseId={caseId} />
        <CaseSummary record={record} names={names} clocks={clocks} />
        <Box sx={TWO_COLUMNS}>
          <OverviewPanel record={record} />
          <MaterialsPanel record={record} />
        </Box>
        <Box sx={TWO_COLUMNS}>
          <DescriptionPanel record={record} />
          <SiteSurveyPanel record={record} />
        </Box>
        <CaseFlagsPanel caseId={caseId} />
        <AdjudicationPanel record={record} />
        <Box sx={TWO_COLUMNS}>
          <DocumentsPanel caseId={caseId} />
          <ContactsPanel record={record} clocks={clocks} />
        </Box>
        <Box sx={TWO_COLUMNS}>
          <ComplaintsPanel record={record} clocks={clocks} />
          <FollowUpPanel record={record} clocks={clocks} />
        </Box>
        <Box sx={TWO_COLUMNS}>
          <NotesPanel caseId={caseId} />
          <HistoryPanel caseId={caseId} />
        </Box>
      </Stack>
    </>
  );
}
