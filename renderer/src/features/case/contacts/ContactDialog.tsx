import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { uuidv7 } from '@shared/lib/uuidv7';
import { ContactRecord } from '@shared/sync/records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../../sync/sync-context';
import { localInputValue } from '../../../lib/local-time';

type Channel = ContactRecord['channel'];
type Direction = ContactRecord['direction'];

/** Logs a call, message or visit with its outcome and next step; it may have happened a while ago. */
export function ContactDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [channel, setChannel] = useState<Channel>('call');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [at, setAt] = useState(() => localInputValue(Date.now()));
  const atMs = new Date(at).getTime();
  const valid = outcome.trim() !== '' && Number.isFinite(atMs) && atMs <= Date.now() + 60_000;
  const save = async () => {
    await queue('contact.add', {
      contactId: uuidv7(),
      caseId,
      channel,
      direction,
      outcome: outcome.trim(),
      nextStep: nextStep.trim() || null,
      at: atMs,
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="contact-dialog">
      <DialogTitle>{t('caseWork.contacts.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField
              select
              fullWidth
              label={t('caseWork.contacts.channel')}
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
            >
              {ContactRecord.shape.channel.options.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`caseWork.contacts.channels.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              fullWidth
              label={t('caseWork.contacts.direction')}
              value={direction}
              onChange={(e) => setDirection(e.target.value as Direction)}
            >
              {ContactRecord.shape.direction.options.map((d) => (
                <MenuItem key={d} value={d}>
                  {t(`caseWork.contacts.directions.${d}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <TextField
            type="datetime-local"
            label={t('caseWork.contacts.at')}
            value={at}
            onChange={(e) => setAt(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            required
            multiline
            minRows={2}
            label={t('caseWork.contacts.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'contact-outcome' } }}
          />
          <TextField
            label={t('caseWork.contacts.nextStep')}
            value={nextStep}
            onChange={(e) => setNextStep(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button variant="contained" disabled={!valid} onClick={() => void save()}>
          {t('caseWork.contacts.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
