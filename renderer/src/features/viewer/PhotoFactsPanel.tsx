import { Alert, Box, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distanceMetres } from '@shared/lib/geo';
import { readPhotoFacts, type PhotoFacts } from './photo-facts';

/** The photo's capture time, camera and position, and how far it was taken from the reported loss. */
export function PhotoFactsPanel({
  file,
  loss,
}: {
  file: Blob;
  loss: { lat: number | null; lng: number | null; at: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const [facts, setFacts] = useState<PhotoFacts | null>(null);
  useEffect(() => {
    let cancelled = false;
    void readPhotoFacts(file).then((read) => {
      if (!cancelled) setFacts(read);
    });
    return () => {
      cancelled = true;
    };
  }, [file]);

  const distance =
    facts?.latitude != null && facts.longitude != null && loss?.lat != null && loss.lng != null
      ? distanceMetres(facts.latitude, facts.longitude, loss.lat, loss.lng)
      : null;
  const row = (label: string, value: string | null) => (
    <Stack direction="row" spacing={1}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 112 }}>
        {label}
      </Typography>
      <Typography variant="body2">{value ?? t('common.notAvailable')}</Typography>
    </Stack>
  );
  return (
    <Box
      component="aside"
      data-testid="photo-facts"
      aria-label={t('photo.title')}
      sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}
    >
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('photo.title')}
      </Typography>
      {facts === null ? null : !facts.hasExif ? (
        <Alert severity="warning">{t('photo.noExif')}</Alert>
      ) : (
        <Stack spacing={0.75}>
          {row(
            t('photo.takenAt'),
            facts.takenAt ? facts.takenAt.toLocaleString(i18n.language, { hour12: false }) : null,
          )}
          {row(t('photo.camera'), facts.camera)}
          {row(
            t('photo.position'),
            facts.latitude != null && facts.longitude != null
              ? `${facts.latitude.toFixed(5)}, ${facts.longitude.toFixed(5)}`
              : null,
          )}
          {row(
            t('photo.distance'),
            distance === null
              ? null
              : distance < 1000
                ? t('photo.metres', { n: Math.round(distance) })
                : t('photo.kilometres', { n: (distance / 1000).toFixed(1) }),
          )}
        </Stack>
      )}
    </Box>
  );
}
