import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { materialName } from '@shared/domain/material-texts';
import type { ChecklistItem, MaterialStatus, ReuseOffer } from '@shared/domain/materials';
import { NOTICE_STATES } from '@shared/domain/materials-notice';
import type { CaseRecord } from '@shared/sync/records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import type { Stored } from '../../../data/db';
import { useSync } from '../../../sync/sync-context';
import { Panel } from '../Panel';
import { MaterialNoticeDialog } from './MaterialNoticeDialog';
import { useChecklist } from './use-checklist';

const STATUS_COLOR: Record<MaterialStatus, 'success' | 'warning' | 'error'> = {
  present: 'success',
  missing: 'warning',
  rejected: 'error',
};

/** The line's checklist: what is in, what is missing or returned, and the one notice asking for it. */
export function MaterialsPanel({ record }: { record: Stored<CaseRecord> }) {
  const { t } = useTranslation();
  const checklist = useChecklist(record);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [rejecting, setRejecting] = useState<ChecklistItem | null>(null);
  const set = useSetMaterial(record.id);
  if (!checklist) return <Panel title={t('caseWork.materials.title')}>{null}</Panel>;
  const missing = checklist.items.filter((i) => i.required && i.status !== 'present');
  const canNotify = NOTICE_STATES.has(record.state) && missing.length > 0;
  return (
    <Panel
      title={t('caseWork.materials.title')}
      testId="materials"
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Chip
            size="small"
            color={missing.length > 0 ? 'warning' : 'success'}
            label={
              missing.length > 0
                ? t('caseWork.materials.missingCount', { count: missing.length })
                : t('caseWork.materials.complete')
            }
          />
          <Button
            size="small"
            variant="outlined"
            disabled={!canNotify}
            onClick={() => setNoticeOpen(true)}
            data-testid="materials-notice"
          >
            {t('caseWork.materials.notice')}
          </Button>
        </Stack>
      }
    >
      <List dense disablePadding>
        {checklist.items.map((item) => (
          <MaterialRow
            key={item.code}
            item={item}
            offer={checklist.offers.find((o) => o.code === item.code)}
            onSet={(status, extra) => void set(item.code, status, extra)}
            onReject={() => setRejecting(item)}
          />
        ))}
      </List>
      {noticeOpen ? (
        <MaterialNoticeDialog
          record={record}
          missing={missing.map((i) => i.code)}
          checklist={checklist}
          onClose={() => setNoticeOpen(false)}
        />
      ) : null}
      {rejecting ? (
        <RejectDialog
          item={rejecting}
          onClose={() => setRejecting(null)}
          onReject={(reason) => {
            void set(rejecting.code, 'rejected', { reason, documentId: rejecting.documentId });
            setRejecting(null);
          }}
        />
      ) : null}
    </Panel>
  );
}

type SetMaterial = (
  code: string,
  status: MaterialStatus,
  extra?: { reason?: string | null; documentId?: string | null },
) => Promise<void>;

function useSetMaterial(caseId: string): SetMaterial {
  const { queue } = useSync();
  return (code, status, extra = {}) =>
    queue('material.set', {
      caseId,
      itemCode: code,
      status,
      documentId: extra.documentId ?? null,
      reason: extra.reason ?? null,
    });
}

function MaterialRow({
  item,
  offer,
  onSet,
  onReject,
}: {
  item: ChecklistItem;
  offer: ReuseOffer | undefined;
  onSet: (
    status: MaterialStatus,
    extra?: { reason?: string | null; documentId?: string | null },
  ) => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const name = materialName(item.code, language);
  return (
    <ListItem
      disableGutters
      divider
      data-testid="material-item"
      data-code={item.code}
      data-status={item.status}
      sx={{ flexWrap: 'wrap', columnGap: 1, alignItems: 'center' }}
    >
      <ListItemText
        sx={{ flex: '1 1 200px' }}
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{name}</span>
            <Typography variant="caption" color="text.secondary">
              {item.required ? t('caseWork.materials.required') : t('caseWork.materials.optional')}
            </Typography>
          </Stack>
        }
        secondary={
          item.status === 'rejected' && item.reason
            ? t('caseWork.materials.reason', { reason: item.reason })
            : item.status === 'present' && item.reason
              ? item.reason
              : null
        }
      />
      <Chip
        size="small"
        variant={item.status === 'present' ? 'outlined' : 'filled'}
        color={STATUS_COLOR[item.status]}
        label={t(`caseWork.materials.status.${item.status}`)}
        data-testid="material-status"
        sx={{ visibility: item.required || item.status !== 'missing' ? 'visible' : 'hidden' }}
      />
      <Box sx={{ display: 'flex', gap: 0.5, minWidth: 150, justifyContent: 'flex-end' }}>
        {item.status !== 'present' ? (
          <Button size="small" onClick={() => onSet('present', { documentId: item.documentId })}>
            {t('caseWork.materials.markPresent')}
          </Button>
        ) : (
          <Button size="small" color="error" onClick={onReject}>
            {t('caseWork.materials.reject')}
          </Button>
        )}
        {item.status === 'rejected' ? (
          <Button size="small" color="inherit" onClick={() => onSet('missing')}>
            {t('caseWork.materials.undo')}
          </Button>
        ) : null}
      </Box>
      {offer && item.status !== 'present' ? (
        <Box sx={{ flexBasis: '100%', pb: 0.5 }}>
          <Button
            size="small"
            variant="outlined"
            color="secondary"
            data-testid="reuse-offer"
            onClick={() =>
              onSet('present', {
                documentId: offer.documentId,
                reason: t('caseWork.materials.reuseDone', {
                  caseNumber: offer.fromCaseNumber ?? offer.fromCaseId,
                }),
              })
            }
          >
            {t('caseWork.materials.reuse', {
              item: name,
              caseNumber: offer.fromCaseNumber ?? offer.fromCaseId,
            })}
          </Button>
        </Box>
      ) : null}
    </ListItem>
  );
}

function RejectDialog({
  item,
  onClose,
  onReject,
}: {
  item: ChecklistItem;
  onClose: () => void;
  onReject: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [reason, setReason] = useState('');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {t('caseWork.materials.rejectTitle', { item: materialName(item.code, language) })}
      </DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 1 }}
          label={t('caseWork.materials.rejectReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button
          variant="contained"
          color="error"
          disabled={!reason.trim()}
          onClick={() => onReject(reason.trim())}
        >
          {t('caseWork.materials.reject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
