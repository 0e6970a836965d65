import { alpha, type Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

/** The colours a tag in a queue cell can take, as MUI's palette names them. */
export type TagTone = 'error' | 'warning' | 'success' | 'default';

/**
 * Small coloured labels in queue cells, looking like MUI's small Chip but
 * drawn by one stylesheet on the grid: a styled component in every cell
 * costs style work for each of the rows a sort or a search brings on
 * screen.
 */
export function queueTagStyles(theme: Theme): SystemStyleObject<Theme> {
  const { palette } = theme;
  const tones: Record<Exclude<TagTone, 'default'>, { main: string; contrastText: string }> = {
    error: palette.error,
    warning: palette.warning,
    success: palette.success,
  };
  const styles: Record<string, SystemStyleObject<Theme>> = {
    '& .queue-tag': {
      display: 'inline-flex',
      alignItems: 'center',
      height: 24,
      px: 1,
      borderRadius: 12,
      border: '1px solid transparent',
      fontSize: '0.8125rem',
      lineHeight: 1,
      whiteSpace: 'nowrap',
      verticalAlign: 'middle',
      bgcolor: palette.action.selected,
      color: palette.text.primary,
    },
    '& .queue-tag.outlined': {
      bgcolor: 'transparent',
      borderColor: palette.mode === 'light' ? palette.grey[400] : palette.grey[700],
    },
    '& .queue-tags': { display: 'flex', gap: 0.5, height: '100%', alignItems: 'center' },
    '& .queue-priority': { fontVariantNumeric: 'tabular-nums', cursor: 'help' },
  };
  for (const [tone, colour] of Object.entries(tones)) {
    styles[`& .queue-tag.${tone}`] = { bgcolor: colour.main, color: colour.contrastText };
    styles[`& .queue-tag.${tone}.outlined`] = {
      bgcolor: 'transparent',
      color: colour.main,
      borderColor: alpha(colour.main, 0.7),
    };
  }
  return styles;
}

/** The class names of a tag. */
export function tagClass(tone: TagTone, outlined = false): string {
  return `queue-tag ${tone}${outlined ? ' outlined' : ''}`;
}
