import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useMemo, useRef, useState } from 'react';
import type { FlagRecord } from '@shared/sync/records';
import { sortFlags } from './flag-order';
import { FlagsPanel } from './FlagsPanel';
import { PhotoFactsPanel } from './PhotoFactsPanel';

/** Beside a photo: what it says about itself, then what was flagged about it. */
export function PhotoSidebar(props: {
  file: Blob;
  loss: { lat: number | null; lng: number | null; at: number } | null;
  flags: readonly FlagRecord[];
}) {
  const { t } = useTranslation();
  const ordered = useMemo(() => sortFlags(props.flags), [props.flags]);
  const [selected, setSelected] = useState<string | null>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  return (
    <Stack
      sx={{ width: 340, flexShrink: 0, borderLeft: 1, borderColor: 'divider', overflowY: 'auto' }}
    >
      <PhotoFactsPanel file={props.file} loss={props.loss} />
      <Typography variant="subtitle2" sx={{ px: 2, pt: 1.5 }}>
        {t('anomaly.title')} ({ordered.filter((f) => f.verdict === 'open').length})
      </Typography>
      <FlagsPanel
        inline
        flags={ordered}
        selectedId={selected}
        onSelect={(flag) => setSelected(flag.id)}
        reasonInput={reasonInput}
      />
    </Stack>
  );
}
