import RotateRightOutlined from '@mui/icons-material/RotateRightOutlined';
import ZoomInOutlined from '@mui/icons-material/ZoomInOutlined';
import ZoomOutOutlined from '@mui/icons-material/ZoomOutOutlined';
import { Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagRecord } from '@shared/sync/records';
import { stepZoom } from './zoom';

/**
 * A photo or scan: fitted to the window, zoomed by buttons or Ctrl + wheel,
 * panned by scrolling. Flags found on a photographed paper are drawn where
 * OCR read them, in the photo's own pixels.
 */
export function ImageViewer({
  file,
  name,
  flags = [],
}: {
  file: Blob;
  name: string;
  flags?: readonly FlagRecord[];
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [scale, setScale] = useState<number | null>(null);
  const [rotation, setRotation] = useState(0);

  useEffect(() => {
    const next = URL.createObjectURL(file);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [file]);

  const zoom = (direction: 1 | -1) => setScale((s) => stepZoom(s ?? 1, direction));
  const iconButton = (label: string, icon: React.ReactNode, onClick: () => void) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Stack sx={{ height: '100%', minHeight: 0 }}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider' }}
      >
        {iconButton(t('viewer.zoomOut'), <ZoomOutOutlined />, () => zoom(-1))}
        <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'center' }}>
          {scale === null ? '' : `${Math.round(scale * 100)}%`}
        </Typography>
        {iconButton(t('viewer.zoomIn'), <ZoomInOutlined />, () => zoom(1))}
        <Button size="small" onClick={() => setScale(null)}>
          {t('viewer.fitWindow')}
        </Button>
        {iconButton(t('viewer.rotate'), <RotateRightOutlined />, () =>
          setRotation((r) => (r + 90) % 360),
        )}
      </Stack>
      <Box
        onWheel={(e) => {
          if (!e.ctrlKey) return;
          e.preventDefault();
          zoom(e.deltaY < 0 ? 1 : -1);
        }}
        sx={{
          flex: 1,
          overflow: 'auto',
          position: 'relative',
          bgcolor: (theme) => (theme.palette.mode === 'dark' ? 'grey.900' : 'grey.200'),
          p: 1.5,
        }}
      >
        {url ? (
          <Box
            sx={{
              transform: `rotate(${rotation}deg)`,
              ...(scale === null
                ? { position: 'absolute', inset: 12 }
                : { position: 'relative', mx: 'auto', width: `${scale * 100}%` }),
            }}
          >
            <Box
              component="img"
              src={url}
              alt={name}
              data-testid="viewer-image"
              onLoad={(e) =>
                setNatural({
                  width: e.currentTarget.naturalWidth,
                  height: e.currentTarget.naturalHeight,
                })
              }
              sx={
                scale === null
                  ? { display: 'block', width: '100%', height: '100%', objectFit: 'contain' }
                  : { display: 'block', width: '100%' }
              }
            />
            {natural ? (
              <svg
                viewBox={`0 0 ${natural.width} ${natural.height}`}
                preserveAspectRatio="xMidYMid meet"
                style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}
                aria-hidden
              >
                {flags.map((flag) =>
                  flag.region ? (
                    <Box
                      component="rect"
                      key={flag.id}
                      data-testid="flag-region"
                      data-flag-id={flag.id}
                      x={flag.region.x}
                      y={flag.region.y}
                      width={flag.region.width}
                      height={flag.region.height}
                      rx={4}
                      sx={{
                        fill: 'rgb(255 120 0 / 0.18)',
                        stroke: (theme) =>
                          flag.severity === 'high'
                            ? theme.palette.error.main
                            : theme.palette.warning.main,
                        strokeWidth: 3,
                        vectorEffect: 'non-scaling-stroke',
                      }}
                    />
                  ) : null,
                )}
              </svg>
            ) : null}
          </Box>
        ) : null}
      </Box>
    </Stack>
  );
}
