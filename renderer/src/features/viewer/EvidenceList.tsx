import { Box, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { FlagRecord } from '@shared/sync/records';
import { evidenceRows, humanKey } from './evidence';

/** What a flag's detector saw, labelled in the reader's language. */
export function EvidenceList({ flag }: { flag: FlagRecord }) {
  const { t, i18n } = useTranslation();
  const rows = evidenceRows(flag.evidence, i18n.language, {
    yes: t('anomaly.yes'),
    no: t('anomaly.no'),
  });
  if (rows.length === 0) return null;
  return (
    <Box component="dl" sx={{ m: 0, fontSize: 13 }} data-testid="flag-evidence">
      {rows.map(({ key, value }) => (
        <Stack key={key} direction="row" spacing={1}>
          <Box component="dt" sx={{ color: 'text.secondary', minWidth: 112, flexShrink: 0 }}>
            {t(`anomaly.evidenceKeys.${key}`, { defaultValue: humanKey(key) })}
          </Box>
          <Box
            component="dd"
            sx={{ m: 0, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
          >
            {value}
          </Box>
        </Stack>
      ))}
    </Box>
  );
}
