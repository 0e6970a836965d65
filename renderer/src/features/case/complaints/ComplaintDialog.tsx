import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import { nextStage, type Complaint, type ComplaintAction } from '@shared/domain/complaints';
import { uuidv7 } from '@shared/lib/uuidv7';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../../sync/sync-context';

export interface ComplaintStepRequest {
  action: ComplaintAction;
  /** Null when a new complaint is recorded. */
  complaint: Complaint | null;
}

/** Records a new complaint, or the next step of one, with the words that go with it. */
export function ComplaintDialog({
  caseId,
  request,
  onClose,
}: {
  caseId: string;
  request: ComplaintStepRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [text, setText] = useState('');
  const [complex, setComplex] = useState(false);
  const { action, complaint } = request;
  const stage = action === 'escalated' ? nextStage(complaint?.stage ?? null) : null;
  const needsText = action === 'opened' || action === 'resolved';
  const title =
    action === 'opened'
      ? t('caseWork.complaints.add')
      : t(`caseWork.complaints.stepTitle.${action}`);
  const save = async () => {
    await queue('complaint.record', {
      eventId: uuidv7(),
      caseId,
      complaintId: complaint?.id ?? uuidv7(),
      action,
      text: text.trim(),
      complex: action === 'opened' ? complex : false,
      stage,
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="complaint-dialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            autoFocus
            required={needsText}
            multiline
            minRows={2}
            label={
              action === 'opened' ? t('caseWork.complaints.summary') : t('caseWork.complaints.text')
            }
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'complaint-text' } }}
          />
          {action === 'opened' ? (
            <FormControlLabel
              control={
                <Checkbox checked={complex} onChange={(e) => setComplex(e.target.checked)} />
              }
              label={t('caseWork.complaints.complex')}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button
          variant="contained"
          disabled={needsText && !text.trim()}
          onClick={() => void save()}
          data-testid="save-complaint"
        >
          {t('caseWork.complaints.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
