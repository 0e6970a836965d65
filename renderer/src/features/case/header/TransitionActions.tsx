import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Tooltip,
} from '@mui/material';
import type { CaseState } from '@shared/domain/lifecycle';
import { allowedTransitions, checkTransition } from '@shared/domain/transitions';
import type { CaseRecord } from '@shared/sync/records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../app/session-context';
import type { Stored } from '../../../data/db';
import { useSync } from '../../../sync/sync-context';

/**
 * The status changes the state machine and the user's role allow from here,
 * as buttons. Each one asks for what its move needs and is checked by the
 * same rule the service applies before it is queued.
 */
export function TransitionActions({ record }: { record: Stored<CaseRecord> }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [target, setTarget] = useState<CaseState | null>(null);
  const targets = allowedTransitions(record.state, user.role);
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap', rowGap: 1 }}
      data-testid="transitions"
    >
      {targets.map((to) => (
        <Button
          key={to}
          size="small"
          variant={to === 'DENIED' || to === 'WITHDRAWN' ? 'text' : 'outlined'}
          color={to === 'DENIED' || to === 'WITHDRAWN' ? 'error' : 'primary'}
          onClick={() => setTarget(to)}
          data-testid={`transition-${to}`}
        >
          {t('caseWork.moveTo', { state: t(`states.${to}`) })}
        </Button>
      ))}
      {targets.length === 0 ? (
        <Tooltip title={t('caseWork.adjudicationHint')}>
          <span>
            <Button size="small" disabled>
              {t('caseWork.noActions')}
            </Button>
          </span>
        </Tooltip>
      ) : null}
      {target ? (
        <TransitionDialog record={record} to={target} onClose={() => setTarget(null)} />
      ) : null}
    </Stack>
  );
}

function TransitionDialog({
  record,
  to,
  onClose,
}: {
  record: Stored<CaseRecord>;
  to: CaseState;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { queue } = useSync();
  const [reason, setReason] = useState('');
  const [clause, setClause] = useState('');
  const request = {
    from: record.state,
    to,
    role: user.role,
    reason: reason.trim() || null,
    denialClause: clause.trim() || null,
  };
  const refusal = checkTransition(request);
  const asksReason = checkTransition({ ...request, reason: null })?.code === 'reason-required';
  const asksClause = to === 'DENIED';
  const submit = async () => {
    await queue(
      'case.transition',
      { caseId: record.id, ...request },
      { [`case:${record.id}`]: record.rowVersion },
    );
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="transition-dialog">
      <DialogTitle>{t('caseWork.transitionTitle', { state: t(`states.${to}`) })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {asksClause ? (
            <TextField
              label={t('caseWork.denialClause')}
              value={clause}
              onChange={(e) => setClause(e.target.value)}
              required
              helperText={
                refusal?.code === 'clause-required' ? t('caseWork.denialClauseRequired') : ' '
              }
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          ) : null}
          <TextField
            label={t('caseWork.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={asksReason}
            multiline
            minRows={2}
            helperText={asksReason && !reason.trim() ? t('caseWork.reasonRequired') : ' '}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button variant="contained" disabled={refusal !== null} onClick={() => void submit()}>
          {t('caseWork.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
