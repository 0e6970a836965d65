import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import {
  Alert,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseState } from '@shared/domain/lifecycle';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { useSignedInUser } from '../../app/session-context';
import { useCaseList } from '../queue/use-case-list';
import { NewCaseDialog } from './NewCaseDialog';

const SITE_WORK: ReadonlySet<CaseState> = new Set([
  'REPORTED',
  'ACCEPTED',
  'INVESTIGATION',
  'LOSS_ASSESSMENT',
]);
const SURVEY_UNDER_WAY: ReadonlySet<CaseState> = new Set(['INVESTIGATION', 'LOSS_ASSESSMENT']);

export function FieldPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { language } = usePreferences();
  const { state, reload } = useCaseList();
  const [creating, setCreating] = useState(false);
  // Surveyors and adjusters see their own visits; a supervisor sees the team's surveys under way.
  const mine = user.role === 'field' || user.role === 'adjuster';
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const header = (
    <PageHeader
      title={t('field.title')}
      subtitle={
        user.role === 'supervisor' || user.role === 'admin'
          ? t('field.subtitleTeam')
          : t('field.subtitle')
      }
      actions={
        user.role === 'admin' ? null : (
          <Button
            variant="contained"
            onClick={() => setCreating(true)}
            data-testid="new-scene-case"
          >
            {t('fieldWork.newCase')}
          </Button>
        )
      }
    />
  );
  const dialog = creating ? <NewCaseDialog onClose={() => setCreating(false)} /> : null;
  if (state.status === 'loading')
    return (
      <>
        {header}
        {dialog}
        <CircularProgress aria-busy />
      </>
    );
  if (state.status === 'error') {
    return (
      <>
        {header}
        {dialog}
        <Alert severity="error" action={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {t('queue.loadFailed', { reason: state.message })}
        </Alert>
      </>
    );
  }
  const visits = state.cases
    .filter((c) =>
      mine ? c.assigneeId === user.id && SITE_WORK.has(c.state) : SURVEY_UNDER_WAY.has(c.state),
    )
    .sort((a, b) => a.reportedAt - b.reportedAt);

  return (
    <>
      {header}
      {dialog}
      {visits.length === 0 ? <Alert severity="info">{t('field.none')}</Alert> : null}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="site-visits">
        {visits.map((c) => (
          <Card key={c.id} sx={{ width: 320 }}>
            <CardContent>
              <Stack
                direction="row"
                sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}
              >
                <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                  {c.caseNumber}
                </Typography>
                <Chip size="small" label={t(`states.${c.state}`)} />
              </Stack>
              <Typography variant="body2">
                {c.customerName} · {t(`lines.${c.line}`)}
              </Typography>
              <Stack
                direction="row"
                spacing={0.5}
                sx={{ mt: 1, alignItems: 'center', color: 'text.secondary' }}
              >
                <PlaceOutlined fontSize="small" />
                <Typography variant="body2">{c.lossLocation}</Typography>
              </Stack>
              <Typography variant="caption" color="text.secondary">
                {when.format(c.lossAt)}
              </Typography>
            </CardContent>
            <CardActions>
              <Button size="small" component={Link} to={`/field/${c.id}`}>
                {t('fieldWork.openSurvey')}
              </Button>
              <Button size="small" component={Link} to={`/cases/${c.id}`}>
                {t('field.navigate')}
              </Button>
            </CardActions>
          </Card>
        ))}
      </Stack>
    </>
  );
}
