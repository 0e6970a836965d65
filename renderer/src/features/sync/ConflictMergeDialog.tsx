import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictRecord } from '@shared/sync/records';
import { database } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import {
  combinedText,
  mergeConflict,
  mergedUpdate,
  mergeFields,
  type CaseField,
  type MergeField,
} from '../../sync/conflict-merge';
import { formatFieldValue } from './field-value';

type Choice = 'theirs' | 'mine' | 'combined';

/** Field by field: keep the server's value, take mine, or (for text) write the combination. */
export function ConflictMergeDialog(props: { conflict: ConflictRecord; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { queue } = useSync();
  const current = useLiveQuery(() => database.cases.get(props.conflict.caseId), [props.conflict]);
  const fields = current ? mergeFields(props.conflict, current) : [];
  const [choices, setChoices] = useState<Partial<Record<CaseField, Choice>>>({});
  const [texts, setTexts] = useState<Partial<Record<CaseField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const words = { yes: t('common.yes'), no: t('common.no'), none: t('common.notAvailable') };
  const show = (field: MergeField, value: unknown) =>
    formatFieldValue(field.field, value, i18n.language, words);

  const choiceOf = (field: MergeField): Choice => choices[field.field] ?? 'theirs';
  const textOf = (field: MergeField) =>
    texts[field.field] ?? combinedText(String(field.theirs), String(field.mine));

  const save = async () => {
    if (!current) return;
    const chosen: Partial<Record<CaseField, unknown>> = {};
    for (const field of fields) {
      const choice = choiceOf(field);
      chosen[field.field] =
        choice === 'mine' ? field.mine : choice === 'combined' ? textOf(field) : field.theirs;
    }
    try {
      const update = mergedUpdate(props.conflict.caseId, chosen, current);
      await mergeConflict(queue, props.conflict, update, current.rowVersion);
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth data-testid="merge-dialog">
      <DialogTitle>{t('syncStatus.mergeTitle')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          {fields.length === 0 ? (
            <Typography color="text.secondary">{t('syncStatus.mergeNothing')}</Typography>
          ) : null}
          {fields.map((field) => (
            <Stack key={field.field} spacing={0.5}>
              <Typography variant="subtitle2">{t(`syncStatus.field.${field.field}`)}</Typography>
              <RadioGroup
                value={choiceOf(field)}
                onChange={(e) =>
                  setChoices((c) => ({ ...c, [field.field]: e.target.value as Choice }))
                }
              >
                <FormControlLabel
                  value="theirs"
                  control={<Radio size="small" />}
                  label={`${t('syncStatus.theirs')}：${show(field, field.theirs)}`}
                />
                <FormControlLabel
                  value="mine"
                  control={<Radio size="small" />}
                  label={`${t('syncStatus.mine')}：${show(field, field.mine)}`}
                />
                {field.text ? (
                  <FormControlLabel
                    value="combined"
                    control={<Radio size="small" />}
                    label={t('syncStatus.combined')}
                  />
                ) : null}
              </RadioGroup>
              {field.text && choiceOf(field) === 'combined' ? (
                <TextField
                  multiline
                  minRows={3}
                  value={textOf(field)}
                  onChange={(e) => setTexts((x) => ({ ...x, [field.field]: e.target.value }))}
                  slotProps={{ htmlInput: { 'aria-label': t('syncStatus.combined') } }}
                />
              ) : null}
            </Stack>
          ))}
          {error ? <Alert severity="error">{t('syncStatus.mergeInvalid', { error })}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={!current}>
          {t('syncStatus.saveMerge')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
