import CameraAltOutlined from '@mui/icons-material/CameraAltOutlined';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import PhotoLibraryOutlined from '@mui/icons-material/PhotoLibraryOutlined';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { DAMAGE_PARTS, type DamagePart } from '@shared/domain/site-survey';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCase } from '../../../analysis/check-case';
import { useSession } from '../../../app/session-context';
import { database } from '../../../data/db';
import { useSync } from '../../../sync/sync-context';
import { importFieldPhotos, type PhotoProblem } from '../field-photos';
import { useOpenFlagsByDocument, useUploadsByHash } from '../../case/use-case-files';
import { CameraDialog } from './CameraDialog';
import { PhotoTile } from './PhotoTile';
import { formatBytes, useStorageEstimate } from './use-storage-estimate';

/**
 * The case's scene photos: from the camera, a folder or a camera card, each
 * checked against the report as soon as it is in, with upload progress per
 * photo and overall, and the storage the device has left.
 */
export function FieldPhotos({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const { central } = useSession();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [part, setPart] = useState<DamagePart | ''>('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problems, setProblems] = useState<PhotoProblem[]>([]);
  const [camera, setCamera] = useState(false);
  const photos = useLiveQuery(
    async () =>
      (await database.documents.where('caseId').equals(caseId).sortBy('createdAt')).filter(
        (d) => d.photo !== null,
      ),
    [caseId],
    [],
  );
  const uploads = useUploadsByHash(caseId);
  const flags = useOpenFlagsByDocument(caseId);
  const storage = useStorageEstimate(photos.length);
  const mine = [...uploads.values()];
  const total = mine.reduce((sum, u) => sum + u.size, 0);
  const received = mine.reduce((sum, u) => sum + u.received, 0);

  const add = async (chosen: File[], capturedAt?: number) => {
    if (chosen.length === 0) return;
    setProgress({ done: 0, total: chosen.length });
    const refused = await importFieldPhotos(queue, caseId, chosen, {
      part: part || null,
      ...(capturedAt !== undefined ? { capturedAt } : {}),
      onProgress: (done, all) => setProgress({ done, total: all }),
    });
    setProblems(refused);
    setProgress(null);
    // Each photo is checked against the report at once: time and place.
    await checkCase(database, central, caseId, (args) => queue('flag.raise', args)).catch(
      () => undefined,
    );
  };
  const picked = (input: HTMLInputElement) => {
    const chosen = Array.from(input.files ?? []).filter(
      (f) => f.type.startsWith('image/') || f.name.match(/\.(jpe?g|png|heic)$/iu),
    );
    input.value = '';
    void add(chosen);
  };

  return (
    <Paper sx={{ p: 2.5 }} data-testid="field-photos">
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('fieldWork.photos')} · {t('fieldWork.photoCount', { count: photos.length })}
        </Typography>
        <TextField
          select
          size="small"
          label={t('fieldWork.partForImport')}
          value={part}
          onChange={(e) => setPart(e.target.value as DamagePart | '')}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">{t('fieldWork.noPart')}</MenuItem>
          {DAMAGE_PARTS.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`fieldWork.parts.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button startIcon={<CameraAltOutlined />} onClick={() => setCamera(true)}>
          {t('fieldWork.takePhoto')}
        </Button>
        <Button startIcon={<PhotoLibraryOutlined />} onClick={() => files.current?.click()}>
          {t('fieldWork.importPhotos')}
        </Button>
        <Button startIcon={<FolderOpenOutlined />} onClick={() => folder.current?.click()}>
          {t('fieldWork.importFolder')}
        </Button>
        <input
          ref={files}
          hidden
          type="file"
          multiple
          accept="image/*"
          data-testid="photo-input"
          onChange={(e) => picked(e.target)}
        />
        <input
          ref={(element) => {
            folder.current = element;
            // A camera card is a folder: the browser reads it whole when asked for a directory.
            element?.setAttribute('webkitdirectory', '');
          }}
          hidden
          type="file"
          multiple
          onChange={(e) => picked(e.target)}
        />
      </Stack>
      {progress ? (
        <Box sx={{ mb: 1 }}>
          <Typography variant="caption">{t('fieldWork.processing', progress)}</Typography>
          <LinearProgress variant="determinate" value={(progress.done / progress.total) * 100} />
        </Box>
      ) : null}
      {problems.map((p) => (
        <Alert key={p.fileName} severity="error" sx={{ mb: 1 }}>
          {p.fileName}：{t(`fileProblem.${p.problem}`)}
        </Alert>
      ))}
      {total > 0 ? (
        <Box sx={{ mb: 1.5 }} data-testid="photo-upload-total">
          <Typography variant="caption" color="text.secondary">
            {formatBytes(received)} / {formatBytes(total)}
          </Typography>
          <LinearProgress variant="determinate" value={(received / total) * 100} />
        </Box>
      ) : null}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
        {photos.map((doc) => (
          <PhotoTile
            key={doc.id}
            document={doc}
            original={uploads.get(doc.sha256)}
            preview={doc.preview ? uploads.get(doc.preview.sha256) : undefined}
            openFlags={flags.get(doc.id) ?? 0}
          />
        ))}
      </Stack>
      {storage ? (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: 'block', mt: 1.5 }}
          data-testid="storage-used"
        >
          {t('fieldWork.storage', {
            used: formatBytes(storage.used),
            quota: formatBytes(storage.quota),
          })}
        </Typography>
      ) : null}
      {camera ? (
        <CameraDialog
          onClose={() => setCamera(false)}
          onCapture={(file, at) => void add([file], at)}
        />
      ) : null}
    </Paper>
  );
}
