import CloseOutlined from '@mui/icons-material/CloseOutlined';
import {
  Alert,
  Box,
  CircularProgress,
  Dialog,
  IconButton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentRecord } from '@shared/sync/records';
import { useSession } from '../../app/session-context';
import { database } from '../../data/db';
import { problemOf } from '../../analysis/file-problems';
import { fileBytes, viewableFile } from '../../sync/blob-cache';
import { CentralError } from '../../sync/central-client';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';
import { PhotoSidebar } from './PhotoSidebar';
import { openPdf } from '../../lib/pdf';

type Opened =
  | { kind: 'loading' }
  | { kind: 'pdf'; doc: PDFDocumentProxy }
  | { kind: 'image'; file: Blob }
  | { kind: 'failed'; message: string };

/** A case file opened over the whole window: PDFs page by page, photos zoomable. */
export function DocumentViewerDialog({
  document: file,
  onClose,
}: {
  document: DocumentRecord | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { central } = useSession();
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  const caseRecord = useLiveQuery(
    () => (file ? database.cases.get(file.caseId) : undefined),
    [file?.caseId],
  );
  const flags = useLiveQuery(
    () => (file ? database.flags.where('documentId').equals(file.id).toArray() : []),
    [file?.id],
    [],
  );

  useEffect(() => {
    if (!file) return;
    let cancelled = false;
    let doc: PDFDocumentProxy | null = null;
    setOpened({ kind: 'loading' });
    void (async () => {
      try {
        const bytes = await fileBytes(database, central, await viewableFile(database, file));
        if (file.mediaType === 'application/pdf') {
          doc = await openPdf(await bytes.arrayBuffer());
          if (!cancelled) setOpened({ kind: 'pdf', doc });
        } else if (file.mediaType.startsWith('image/')) {
          if (!cancelled) setOpened({ kind: 'image', file: bytes });
        } else {
          setOpened({ kind: 'failed', message: t('viewer.unsupported', { type: file.mediaType }) });
        }
      } catch (error) {
        if (!cancelled)
          setOpened({
            kind: 'failed',
            message:
              error instanceof CentralError && error.status === 'unreachable'
                ? t('viewer.offline')
                : t('viewer.failed', { reason: t(`fileProblem.${problemOf(error)}`) }),
          });
      }
    })();
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [file, central, t]);

  return (
    <Dialog
      open={file !== null}
      onClose={onClose}
      fullScreen
      aria-labelledby="viewer-title"
      slotProps={{ paper: { 'data-testid': 'document-viewer' } as object }}
    >
      <Stack sx={{ height: '100%' }}>
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
        >
          <Typography id="viewer-title" variant="subtitle1" noWrap sx={{ flex: 1 }}>
            {file?.fileName}
          </Typography>
          <Tooltip title={t('viewer.close')}>
            <IconButton aria-label={t('viewer.close')} onClick={onClose}>
              <CloseOutlined />
            </IconButton>
          </Tooltip>
        </Stack>
        <Box sx={{ flex: 1, minHeight: 0 }}>
          {opened.kind === 'loading' ? (
            <Stack
              sx={{ height: '100%', alignItems: 'center', justifyContent: 'center' }}
              spacing={2}
            >
              <CircularProgress />
              <Typography color="text.secondary">{t('viewer.opening')}</Typography>
            </Stack>
          ) : opened.kind === 'failed' ? (
            <Alert severity="error" sx={{ m: 2 }} data-testid="viewer-error">
              {opened.message}
            </Alert>
          ) : opened.kind === 'pdf' ? (
            <PdfViewer doc={opened.doc} flags={flags} />
          ) : (
            <Stack direction="row" sx={{ height: '100%' }}>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <ImageViewer file={opened.file} name={file?.fileName ?? ''} flags={flags} />
              </Box>
              <PhotoSidebar
                file={opened.file}
                flags={flags}
                loss={
                  caseRecord
                    ? { lat: caseRecord.lossLat, lng: caseRecord.lossLng, at: caseRecord.lossAt }
                    : null
                }
              />
            </Stack>
          )}
        </Box>
      </Stack>
    </Dialog>
  );
}
