import {
  Alert,
  Button,
  Divider,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { LIABILITY_RATIOS, WEATHER, type SiteSurvey } from '@shared/domain/site-survey';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { database } from '../../../data/db';
import { localInputValue } from '../../../lib/local-time';
import { useSync } from '../../../sync/sync-context';
import { deviceLocation } from '../device-location';
import { SignaturePad } from './SignaturePad';
import { DamagesSection, PartiesSection, Text, VehiclesSection } from './SurveyLists';
import { NO_RATIO } from './survey-draft';
import { useFieldErrors } from './use-field-errors';
import { useSurveyDraft } from './use-survey-draft';

/** The site survey report, checked field by field and kept on the device as it is typed. */
export function SurveyForm({
  record,
  photoPosition,
}: {
  record: CaseRecord;
  photoPosition: { lat: number; lng: number } | null;
}) {
  const { t } = useTranslation();
  const { survey, savedAt, update } = useSurveyDraft(record);
  if (!survey) return null;
  return (
    <LoadedSurveyForm
      record={record}
      survey={survey}
      savedAt={savedAt}
      update={update}
      photoPosition={photoPosition}
      title={t('fieldWork.surveyTitle')}
    />
  );
}

function LoadedSurveyForm({
  record,
  survey,
  savedAt,
  update,
  photoPosition,
  title,
}: {
  record: CaseRecord;
  survey: SiteSurvey;
  savedAt: number | null;
  update: (s: SiteSurvey) => void;
  photoPosition: { lat: number; lng: number } | null;
  title: string;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { queue } = useSync();
  const errors = useFieldErrors(survey);
  const [tried, setTried] = useState(false);
  const [locating, setLocating] = useState<string | null>(null);
  const submitted = useLiveQuery(
    () => database.siteSurveys.where('caseId').equals(record.id).first(),
    [record.id],
  );
  const when = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const edit = (change: (s: SiteSurvey) => SiteSurvey) => update(change(survey));
  const locate = async () => {
    setLocating(t('fieldWork.locating'));
    try {
      const p = await deviceLocation();
      edit((s) => ({
        ...s,
        location: { ...s.location, lat: p.lat, lng: p.lng, source: 'device' },
      }));
      setLocating(null);
    } catch (error) {
      setLocating(t('fieldWork.locationFailed', { reason: (error as Error).message }));
    }
  };
  const submit = async () => {
    setTried(true);
    if (!errors.checkAll()) return;
    await queue('site-survey.submit', {
      surveyId: submitted?.id ?? uuidv7(),
      caseId: record.id,
      survey,
    });
  };
  const ratioError = errors.errorOf('liabilityRatio');
  return (
    <Paper sx={{ p: 2.5 }} data-testid="site-survey">
      <Stack
        direction="row"
        sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 2 }}
      >
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid="autosaved">
          {savedAt
            ? t('fieldWork.autosaved', { time: when.format(savedAt) })
            : t('fieldWork.notSaved')}
        </Typography>
      </Stack>
      <Stack spacing={2} divider={<Divider flexItem />}>
        <Stack spacing={1}>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
          >
            <TextField
              size="small"
              type="datetime-local"
              label={t('fieldWork.surveyedAt')}
              value={localInputValue(survey.surveyedAt)}
              onChange={(e) => {
                const at = new Date(e.target.value).getTime();
                if (Number.isFinite(at)) edit((s) => ({ ...s, surveyedAt: at }));
              }}
              error={errors.errorOf('surveyedAt') !== null}
              helperText={errors.errorOf('surveyedAt') ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              select
              size="small"
              label={t('fieldWork.weather')}
              value={survey.weather}
              onChange={(e) =>
                edit((s) => ({ ...s, weather: e.target.value as SiteSurvey['weather'] }))
              }
              sx={{ minWidth: 120 }}
            >
              {WEATHER.map((w) => (
                <MenuItem key={w} value={w}>
                  {t(`fieldWork.weathers.${w}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
          >
            <Text
              label={t('fieldWork.location')}
              path="location.text"
              value={survey.location.text}
              errors={errors}
              onChange={(v) =>
                edit((s) => ({
                  ...s,
                  location: {
                    ...s.location,
                    text: v,
                    source: s.location.lat === null ? 'typed' : s.location.source,
                  },
                }))
              }
            />
            <Button size="small" sx={{ flexShrink: 0, mt: 0.5 }} onClick={() => void locate()}>
              {t('fieldWork.useDeviceLocation')}
            </Button>
            <Button
              size="small"
              sx={{ flexShrink: 0, mt: 0.5 }}
              disabled={!photoPosition}
              onClick={() =>
                photoPosition &&
                edit((s) => ({
                  ...s,
                  location: { ...s.location, ...photoPosition, source: 'photo' },
                }))
              }
            >
              {t('fieldWork.fromPhoto')}
            </Button>
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {locating ??
              `${t(`fieldWork.locationSource.${survey.location.source}`)}${
                survey.location.lat !== null && survey.location.lng !== null
                  ? ` · ${survey.location.lat.toFixed(5)}, ${survey.location.lng.toFixed(5)}`
                  : ''
              }`}
          </Typography>
        </Stack>
        <PartiesSection survey={survey} edit={edit} errors={errors} />
        <VehiclesSection survey={survey} edit={edit} errors={errors} />
        <DamagesSection survey={survey} edit={edit} errors={errors} />
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <TextField
            select
            size="small"
            label={t('fieldWork.liability')}
            value={survey.liabilityRatio === NO_RATIO ? '' : String(survey.liabilityRatio)}
            onChange={(e) => edit((s) => ({ ...s, liabilityRatio: Number(e.target.value) }))}
            error={ratioError !== null}
            helperText={ratioError ?? ' '}
            sx={{ minWidth: 210, flexShrink: 0 }}
            slotProps={{ htmlInput: { 'data-testid': 'liability' } }}
          >
            {LIABILITY_RATIOS.map((r) => (
              <MenuItem key={r} value={String(r)}>
                {t(`fieldWork.liabilityRatios.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="number"
            label={t('fieldWork.injuries')}
            value={survey.injuries.count}
            onChange={(e) =>
              edit((s) => ({
                ...s,
                injuries: {
                  ...s.injuries,
                  count: Math.max(0, Math.min(99, Math.trunc(Number(e.target.value) || 0))),
                },
              }))
            }
            sx={{ width: 150, flexShrink: 0 }}
          />
          <Text
            label={t('fieldWork.injuryDescription')}
            path="injuries.description"
            value={survey.injuries.description}
            errors={errors}
            onChange={(v) => edit((s) => ({ ...s, injuries: { ...s.injuries, description: v } }))}
          />
          <Text
            label={t('fieldWork.policeReport')}
            path="policeReportNumber"
            value={survey.policeReportNumber}
            errors={errors}
            onChange={(v) => edit((s) => ({ ...s, policeReportNumber: v }))}
          />
        </Stack>
        <SignaturePad
          value={survey.signature}
          onChange={(signature) => edit((s) => ({ ...s, signature }))}
          error={errors.errorOf('signature')}
        />
        <Stack
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center', justifyContent: 'flex-end' }}
        >
          {submitted ? (
            <Typography variant="body2" color="text.secondary" data-testid="survey-submitted">
              {t('fieldWork.submitted', { time: when.format(submitted.submittedAt) })}
            </Typography>
          ) : null}
          <Button variant="contained" onClick={() => void submit()} data-testid="submit-survey">
            {t('fieldWork.submit')}
          </Button>
        </Stack>
        {tried && errors.count > 0 ? (
          <Alert severity="error" data-testid="survey-problems">
            {t('fieldWork.fixProblems')}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
