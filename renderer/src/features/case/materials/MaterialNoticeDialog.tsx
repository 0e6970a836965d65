import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { MaterialCode } from '@shared/domain/materials';
import { composeMaterialsNotice, noticeInRound } from '@shared/domain/materials-notice';
import type { MutationArgs } from '@shared/sync/mutations';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord } from '@shared/sync/records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { useSync } from '../../../sync/sync-context';
import type { Checklist } from './use-checklist';

type Channel = MutationArgs<'materials.notify'>['channel'];
const CHANNELS: readonly Channel[] = ['sms', 'wechat', 'app', 'email'];

/**
 * One notice listing every missing item with what to do about it. A second
 * notice in the same review round is warned against and needs a reason
 * (Insurance Law art. 22).
 */
export function MaterialNoticeDialog({
  record,
  missing,
  checklist,
  onClose,
}: {
  record: CaseRecord;
  missing: readonly MaterialCode[];
  checklist: Checklist;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { queue } = useSync();
  const [channel, setChannel] = useState<Channel>(record.customer.preferredChannel);
  const [repeatReason, setRepeatReason] = useState('');
  const earlier = noticeInRound(checklist.notices, checklist.round);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const number = record.caseNumber ?? record.provisionalNumber ?? '';
  const send = async () => {
    await queue('materials.notify', {
      contactId: uuidv7(),
      caseId: record.id,
      channel,
      items: [...missing],
      repeatReason: earlier ? repeatReason.trim() : null,
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="notice-dialog">
      <DialogTitle>{t('caseWork.materials.noticeTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {earlier ? (
            <Alert severity="warning" data-testid="repeat-warning">
              {t('caseWork.materials.repeatWarning', { time: when.format(earlier.at) })}
            </Alert>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('caseWork.materials.noticeIntro')}
            </Typography>
          )}
          <TextField
            select
            label={t('caseWork.materials.noticeChannel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
            sx={{ maxWidth: 240 }}
          >
            {CHANNELS.map((c) => (
              <MenuItem key={c} value={c}>
                {t(`caseWork.materials.noticeChannels.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="subtitle2">{t('caseWork.materials.preview')}</Typography>
          <Paper
            variant="outlined"
            sx={{ p: 2, whiteSpace: 'pre-wrap', bgcolor: 'action.hover' }}
            data-testid="notice-preview"
          >
            {composeMaterialsNotice(number, missing, language)}
          </Paper>
          {earlier ? (
            <TextField
              required
              multiline
              minRows={2}
              label={t('caseWork.materials.repeatReason')}
              value={repeatReason}
              onChange={(e) => setRepeatReason(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'repeat-reason' } }}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button
          variant="contained"
          disabled={missing.length === 0 || (earlier !== undefined && !repeatReason.trim())}
          onClick={() => void send()}
          data-testid="send-notice"
        >
          {t('caseWork.materials.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
