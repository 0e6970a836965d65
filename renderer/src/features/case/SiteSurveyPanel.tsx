import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { maskPhone } from '@shared/lib/masking';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePreferences } from '../../app/preferences-context';
import { database } from '../../data/db';
import { Panel } from './Panel';

/** The report from the scene, as the office reads it; the surveyor edits it in field mode. */
export function SiteSurveyPanel({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const submitted = useLiveQuery(
    () => database.siteSurveys.where('caseId').equals(record.id).first(),
    [record.id],
  );
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const action = (
    <Button size="small" component={Link} to={`/field/${record.id}`}>
      {t('fieldWork.openSurvey')}
    </Button>
  );
  if (!submitted)
    return (
      <Panel title={t('fieldWork.surveyPanel')} testId="survey-panel" action={action}>
        <Typography color="text.secondary">{t('fieldWork.noSurvey')}</Typography>
      </Panel>
    );
  const s = submitted.survey;
  return (
    <Panel title={t('fieldWork.surveyPanel')} testId="survey-panel" action={action}>
      <Stack spacing={1}>
        <Typography variant="body2">
          {when.format(s.surveyedAt)} · {s.location.text} · {t(`fieldWork.weathers.${s.weather}`)}
        </Typography>
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          {s.vehicles.map((v) => (
            <Chip
              key={v.plate}
              size="small"
              label={`${v.plate} ${v.description}`.trim()}
              data-testid="survey-plate"
            />
          ))}
          <Chip
            size="small"
            color="primary"
            variant="outlined"
            label={`${t('fieldWork.liability')} ${s.liabilityRatio}%`}
          />
        </Stack>
        <Typography variant="body2">
          {s.parties
            .map((p) => `${p.name}（${t(`fieldWork.partyRoles.${p.role}`)}）${maskPhone(p.phone)}`)
            .join('；')}
        </Typography>
        {s.damages.length > 0 ? (
          <Typography variant="body2">
            {s.damages
              .map(
                (d) =>
                  `${t(`fieldWork.parts.${d.part}`)}·${t(`fieldWork.severities.${d.severity}`)}${d.note ? ` ${d.note}` : ''}`,
              )
              .join('；')}
          </Typography>
        ) : null}
        {s.injuries.count > 0 || s.policeReportNumber ? (
          <Typography variant="body2">
            {t('fieldWork.injuries')} {s.injuries.count}
            {s.injuries.description ? ` · ${s.injuries.description}` : ''}
            {s.policeReportNumber
              ? ` · ${t('fieldWork.policeReport')} ${s.policeReportNumber}`
              : ''}
          </Typography>
        ) : null}
        <Box
          component="img"
          src={s.signature}
          alt={t('fieldWork.signature')}
          sx={{ height: 48, bgcolor: '#fff', borderRadius: 0.5, alignSelf: 'flex-start' }}
        />
        <Typography variant="caption" color="text.secondary">
          {t('fieldWork.submitted', { time: when.format(submitted.submittedAt) })}
        </Typography>
      </Stack>
    </Panel>
  );
}
