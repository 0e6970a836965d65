import type { SlaClock } from '@shared/domain/sla';
import {
  Button,
  Checkbox,
  FormControlLabel,
  Rating,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord } from '@shared/sync/records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { useSync } from '../../../sync/sync-context';
import { ClockChips } from '../header/ClockChips';
import { Panel } from '../Panel';

type Score = 'process' | 'speed' | 'communication';
const SCORES: readonly Score[] = ['process', 'speed', 'communication'];

/** The satisfaction survey due within 3 days of closing; recording it moves the case to follow-up. */
export function FollowUpPanel({
  record,
  clocks: all,
}: {
  record: CaseRecord;
  clocks: readonly SlaClock[];
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const clocks = all.filter((c) => c.kind === 'satisfaction-follow-up');
  const survey = record.milestones.survey;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('caseWork.followUp.title')} testId="follow-up">
      <Stack spacing={1.5}>
        <ClockChips clocks={clocks} testId="follow-up-clocks" />
        {survey ? (
          <Stack spacing={0.5} data-testid="survey">
            <Typography>{t('caseWork.followUp.done', { time: when.format(survey.at) })}</Typography>
            <Typography color="text.secondary">
              {t('caseWork.followUp.scores', survey)} ·{' '}
              {survey.satisfied
                ? t('caseWork.followUp.satisfiedYes')
                : t('caseWork.followUp.satisfiedNo')}
            </Typography>
          </Stack>
        ) : record.state === 'CLOSED' ? (
          <SurveyForm caseId={record.id} />
        ) : (
          <Typography color="text.secondary">{t('caseWork.followUp.notYet')}</Typography>
        )}
      </Stack>
    </Panel>
  );
}

function SurveyForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [scores, setScores] = useState<Record<Score, number | null>>({
    process: null,
    speed: null,
    communication: null,
  });
  const [satisfied, setSatisfied] = useState(true);
  const [comment, setComment] = useState('');
  const complete = SCORES.every((s) => scores[s] !== null);
  const record = async () => {
    const { process, speed, communication } = scores;
    if (process === null || speed === null || communication === null) return;
    await queue('survey.record', {
      eventId: uuidv7(),
      caseId,
      process,
      speed,
      communication,
      satisfied,
      comment: comment.trim(),
    });
  };
  return (
    <Stack spacing={1}>
      {SCORES.map((score) => (
        <Stack key={score} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography sx={{ minWidth: 96 }}>{t(`caseWork.followUp.${score}`)}</Typography>
          <Rating
            data-testid={`rating-${score}`}
            name={score}
            value={scores[score]}
            onChange={(_, value) => setScores((s) => ({ ...s, [score]: value }))}
          />
        </Stack>
      ))}
      <FormControlLabel
        control={<Checkbox checked={satisfied} onChange={(e) => setSatisfied(e.target.checked)} />}
        label={t('caseWork.followUp.satisfied')}
      />
      <TextField
        multiline
        minRows={2}
        label={t('caseWork.followUp.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" disabled={!complete} onClick={() => void record()}>
          {t('caseWork.followUp.record')}
        </Button>
      </Stack>
    </Stack>
  );
}
