import ImageOutlined from '@mui/icons-material/ImageOutlined';
import { Box, Chip, LinearProgress, Menu, MenuItem, Stack, Typography } from '@mui/material';
import { DAMAGE_PARTS } from '@shared/domain/site-survey';
import { useState } from 'react';
import type { DocumentRecord } from '@shared/sync/records';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import type { UploadRow } from '../../../data/db';
import { useSync } from '../../../sync/sync-context';
import { useThumbnail } from './use-thumbnail';

/** One field photo: its thumbnail, part, time, flags and how far its upload is. */
export function PhotoTile({
  document,
  original,
  preview,
  openFlags,
}: {
  document: DocumentRecord;
  original: UploadRow | undefined;
  preview: UploadRow | undefined;
  openFlags: number;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const thumbnail = useThumbnail(document.sha256);
  const { queue } = useSync();
  const [tagging, setTagging] = useState<HTMLElement | null>(null);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const photo = document.photo;
  const originalDone = !original || original.state === 'done';
  const previewDone = !preview || preview.state === 'done';
  // On another device there are no upload rows: the service's record says how far it got.
  const status =
    original || preview
      ? originalDone && previewDone
        ? 'uploaded'
        : previewDone
          ? 'previewSent'
          : 'waitingUpload'
      : document.originalStored
        ? 'uploaded'
        : 'previewSent';
  const percent = original
    ? Math.round((original.received / Math.max(1, original.size)) * 100)
    : 100;
  return (
    <Box
      data-testid="field-photo"
      data-upload={status}
      sx={{ width: 168, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
    >
      <Box sx={{ height: 112, bgcolor: 'action.hover', display: 'grid', placeItems: 'center' }}>
        {thumbnail ? (
          <img
            src={thumbnail}
            alt={document.fileName}
            style={{ width: '100%', height: 112, objectFit: 'cover' }}
          />
        ) : (
          <ImageOutlined color="disabled" />
        )}
      </Box>
      <Stack spacing={0.5} sx={{ p: 1 }}>
        <Typography variant="caption" noWrap title={document.fileName}>
          {document.fileName}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {photo?.takenAt
            ? t('fieldWork.takenAt', { time: when.format(photo.takenAt) })
            : t('fieldWork.noExif')}
        </Typography>
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <Chip
            size="small"
            onClick={(e) => setTagging(e.currentTarget)}
            data-testid="photo-part"
            label={photo?.part ? t(`fieldWork.parts.${photo.part}`) : t('fieldWork.noPart')}
          />
          {openFlags > 0 ? (
            <Chip
              size="small"
              color="error"
              label={t('fieldWork.flags', { count: openFlags })}
              data-testid="photo-flags"
            />
          ) : null}
        </Stack>
        <Typography
          variant="caption"
          color={status === 'uploaded' ? 'success.main' : 'warning.main'}
        >
          {t(`fieldWork.${status}`)}
        </Typography>
        <Menu anchorEl={tagging} open={tagging !== null} onClose={() => setTagging(null)}>
          {DAMAGE_PARTS.map((part) => (
            <MenuItem
              key={part}
              selected={photo?.part === part}
              onClick={() => {
                setTagging(null);
                void queue('photo.tag', { documentId: document.id, part });
              }}
            >
              {t(`fieldWork.parts.${part}`)}
            </MenuItem>
          ))}
        </Menu>
        {status !== 'uploaded' ? (
          <LinearProgress variant="determinate" value={previewDone ? percent : 0} />
        ) : null}
      </Stack>
    </Box>
  );
}
