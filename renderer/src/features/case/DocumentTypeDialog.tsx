import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import {
  DOCUMENT_TYPES,
  isDocumentType,
  materialFor,
  suggestDocumentType,
  type DocumentType,
} from '@shared/domain/document-types';
import { materialName } from '@shared/domain/material-texts';
import type { DocumentRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';
import { useSession } from '../../app/session-context';
import { caseRowsOf } from '../../data/case-rows';
import { database } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import { paperTextReader } from '../adjudication/paper-text';

/**
 * The adjuster confirms what a file is. The type its text suggests is
 * preselected; confirming also ticks the checklist item it supplies.
 */
export function DocumentTypeDialog({
  document,
  onClose,
}: {
  document: DocumentRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { central } = useSession();
  const { queue } = useSync();
  const record = useLiveQuery(() => database.cases.get(document.caseId), [document.caseId]);
  const [suggested, setSuggested] = useState<DocumentType | null | undefined>(undefined);
  const [chosen, setChosen] = useState<DocumentType | ''>(
    document.docType && isDocumentType(document.docType) ? document.docType : '',
  );

  useEffect(() => {
    let live = true;
    const suggest = async () => {
      if (document.mediaType !== 'application/pdf')
        return suggestDocumentType('', document.mediaType);
      return suggestDocumentType(await paperTextReader(central)(document));
    };
    suggest()
      .catch(() => null)
      .then((type) => {
        if (!live) return;
        setSuggested(type);
        if (type) setChosen((current) => current || type);
      });
    return () => {
      live = false;
    };
  }, [document, central]);

  const item = chosen && record ? materialFor(chosen, record.line) : null;
  const confirm = async () => {
    if (!chosen || !record) return;
    await queue('document.classify', { documentId: document.id, docType: chosen });
    if (item) {
      const onFile = (await caseRowsOf(database, 'caseMaterials', record.id)).find(
        (m) => m.itemCode === item,
      );
      if (onFile?.status !== 'present')
        await queue('material.set', {
          caseId: record.id,
          itemCode: item,
          status: 'present',
          documentId: document.id,
          reason: null,
        });
    }
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="document-type-dialog">
      <DialogTitle>{document.fileName}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {suggested === undefined ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <CircularProgress size={16} />
              <Typography variant="body2">{t('caseWork.documentType.reading')}</Typography>
            </Stack>
          ) : suggested ? (
            <Alert severity="info" data-testid="suggested-type">
              {t('caseWork.documentType.suggested', { type: t(`docTypes.${suggested}`) })}
            </Alert>
          ) : null}
          <TextField
            select
            label={t('caseWork.documentType.label')}
            value={chosen}
            onChange={(e) => setChosen(e.target.value as DocumentType)}
          >
            {DOCUMENT_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(`docTypes.${type}`)}
              </MenuItem>
            ))}
          </TextField>
          {item ? (
            <Typography variant="body2" color="text.secondary">
              {t('caseWork.documentType.suppliesItem', { item: materialName(item, language) })}
            </Typography>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('caseWork.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!chosen}
          onClick={() => void confirm()}
          data-testid="confirm-type"
        >
          {t('caseWork.documentType.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
