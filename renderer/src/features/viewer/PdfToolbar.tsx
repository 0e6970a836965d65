import KeyboardArrowDownOutlined from '@mui/icons-material/KeyboardArrowDownOutlined';
import KeyboardArrowUpOutlined from '@mui/icons-material/KeyboardArrowUpOutlined';
import NavigateBeforeOutlined from '@mui/icons-material/NavigateBeforeOutlined';
import NavigateNextOutlined from '@mui/icons-material/NavigateNextOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import RotateRightOutlined from '@mui/icons-material/RotateRightOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import ZoomInOutlined from '@mui/icons-material/ZoomInOutlined';
import ZoomOutOutlined from '@mui/icons-material/ZoomOutOutlined';
import {
  Divider,
  IconButton,
  InputAdornment,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoomMode } from './zoom';

/** The viewer's controls: pages, zoom and fit, rotation, search, print. */
export function PdfToolbar(props: {
  page: number;
  pages: number;
  scale: number;
  mode: ZoomMode;
  query: string;
  hitLabel: string;
  searchInput: RefObject<HTMLInputElement | null>;
  onPage: (page: number) => void;
  onZoom: (direction: 1 | -1) => void;
  onMode: (mode: ZoomMode) => void;
  onRotate: () => void;
  onQuery: (query: string) => void;
  onHit: (direction: 1 | -1) => void;
  onPrint: () => void;
}) {
  const { t } = useTranslation();
  const button = (label: string, icon: React.ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip title={label}>
      <span>
        <IconButton size="small" aria-label={label} onClick={onClick} disabled={disabled}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{
        alignItems: 'center',
        flexWrap: 'wrap',
        px: 1.5,
        py: 0.75,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {button(
        t('viewer.previousPage'),
        <NavigateBeforeOutlined />,
        () => props.onPage(props.page - 1),
        props.page <= 1,
      )}
      <Typography
        variant="body2"
        data-testid="viewer-page"
        sx={{ minWidth: 96, textAlign: 'center' }}
      >
        {t('viewer.pageOf', { page: props.page, pages: props.pages })}
      </Typography>
      {button(
        t('viewer.nextPage'),
        <NavigateNextOutlined />,
        () => props.onPage(props.page + 1),
        props.page >= props.pages,
      )}
      <Divider orientation="vertical" flexItem />
      {button(t('viewer.zoomOut'), <ZoomOutOutlined />, () => props.onZoom(-1))}
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'center' }}>
        {Math.round(props.scale * 100)}%
      </Typography>
      {button(t('viewer.zoomIn'), <ZoomInOutlined />, () => props.onZoom(1))}
      <ToggleButtonGroup
        size="small"
        exclusive
        value={props.mode === 'custom' ? null : props.mode}
        onChange={(_, mode: ZoomMode | null) => mode && props.onMode(mode)}
      >
        <ToggleButton value="fit-width">{t('viewer.fitWidth')}</ToggleButton>
        <ToggleButton value="fit-page">{t('viewer.fitPage')}</ToggleButton>
      </ToggleButtonGroup>
      {button(t('viewer.rotate'), <RotateRightOutlined />, props.onRotate)}
      <Divider orientation="vertical" flexItem />
      <TextField
        size="small"
        inputRef={props.searchInput}
        value={props.query}
        placeholder={t('viewer.search')}
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onHit(e.shiftKey ? -1 : 1);
        }}
        slotProps={{
          htmlInput: { 'aria-label': t('viewer.search'), 'data-testid': 'viewer-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        sx={{ width: 220 }}
      />
      <Typography
        variant="body2"
        color="text.secondary"
        data-testid="viewer-hits"
        sx={{ minWidth: 80 }}
      >
        {props.hitLabel}
      </Typography>
      {button(
        t('viewer.previousHit'),
        <KeyboardArrowUpOutlined />,
        () => props.onHit(-1),
        !props.query,
      )}
      {button(
        t('viewer.nextHit'),
        <KeyboardArrowDownOutlined />,
        () => props.onHit(1),
        !props.query,
      )}
      <Stack direction="row" sx={{ ml: 'auto' }}>
        {button(t('viewer.print'), <PrintOutlined />, props.onPrint)}
      </Stack>
    </Stack>
  );
}
