import { Chip, LinearProgress, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '@shared/sync/records';
import type { FileProblem } from '../../analysis/file-problems';
import type { UploadRow } from '../../data/db';

/** One file of the case: its size, upload progress, open flags and any problem reading it. */
export function DocumentRow(props: {
  document: DocumentRecord;
  upload: UploadRow | undefined;
  openFlags: number;
  problem: FileProblem | undefined;
  onOpen: () => void;
  onClassify: () => void;
}) {
  const { t } = useTranslation();
  const { document: doc, upload } = props;
  const percent = upload ? Math.round((upload.received / Math.max(1, upload.size)) * 100) : 100;
  const uploading = upload !== undefined && upload.state !== 'done';
  return (
    <ListItem data-testid="document" disableGutters>
      <ListItemButton
        data-testid="document-open"
        onClick={props.onOpen}
        sx={{ flexGrow: 1, display: 'block', px: 1, borderRadius: 1 }}
      >
        <ListItemText primary={doc.fileName} secondary={`${(doc.size / 1024).toFixed(0)} KB`} />
        {uploading ? <LinearProgress variant="determinate" value={percent} /> : null}
      </ListItemButton>
      <Chip
        size="small"
        variant={doc.docType ? 'outlined' : 'filled'}
        color={doc.docType ? 'default' : 'info'}
        sx={{ mr: 1 }}
        onClick={props.onClassify}
        data-testid="document-type"
        label={
          doc.docType
            ? t(`docTypes.${doc.docType}` as 'docTypes.other', { defaultValue: doc.docType })
            : t('caseWork.documentType.unconfirmed')
        }
      />
      {props.problem ? (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          sx={{ mr: 1 }}
          data-testid="document-problem"
          label={t(`fileProblem.${props.problem}`)}
        />
      ) : null}
      {props.openFlags > 0 ? (
        <Chip
          size="small"
          color="error"
          sx={{ mr: 1 }}
          data-testid="document-flags"
          label={t('workspace.openFlags', { count: props.openFlags })}
        />
      ) : null}
      <Chip
        size="small"
        variant="outlined"
        color={uploading ? 'warning' : 'success'}
        label={
          !uploading
            ? t('workspace.uploaded')
            : upload.received > 0
              ? t('workspace.uploading', { percent })
              : t('workspace.waitingUpload')
        }
      />
    </ListItem>
  );
}
