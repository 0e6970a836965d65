import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import { reassignments, type ReassignTarget } from './reassign';

/**
 * Reassign the chosen cases to one adjuster of the team, with a reason.
 * The change is queued locally and syncs when it can, so it works on a
 * train with no signal; the dialog closes once it is safely queued.
 */
export function ReassignDialog({
  cases,
  teamId,
  initialAssigneeId = '',
  onClose,
}: {
  cases: readonly ReassignTarget[];
  teamId: string | null;
  initialAssigneeId?: string;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [assigneeId, setAssigneeId] = useState(initialAssigneeId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const people = useLiveQuery(
    () =>
      database.users
        .filter(
          (u) =>
            u.active &&
            (u.role === 'adjuster' || u.role === 'field') &&
            (teamId === null || u.teamId === teamId),
        )
        .sortBy('displayName'),
    [teamId],
  );

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      for (const { args, base } of reassignments(cases, assigneeId, reason))
        await queue('case.assign', args, base);
      onClose(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => onClose(false)} maxWidth="xs" fullWidth>
      <DialogTitle>{t('reassign.title', { count: cases.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('reassign.to')}
            value={assigneeId}
            onChange={(e) => setAssigneeId(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'reassign-to' } }}
          >
            {(people ?? []).map((u) => (
              <MenuItem key={u.id} value={u.id} data-testid={`reassign-option-${u.id}`}>
                {u.displayName} · {t(`roles.${u.role}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('reassign.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            required
            slotProps={{ htmlInput: { 'data-testid': 'reassign-reason', maxLength: 2000 } }}
          />
          <Typography variant="caption" color="text.secondary">
            {t('reassign.offlineHint')}
          </Typography>
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={busy || !assigneeId || !reason.trim()}
          onClick={() => void submit()}
          data-testid="reassign-submit"
        >
          {t('reassign.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
