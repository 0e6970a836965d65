import BookmarkBorderOutlined from '@mui/icons-material/BookmarkBorderOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from './queue-settings';

/** The user's named views: apply one, save the current one, or delete one. */
export function SavedViewsMenu({
  views,
  onApply,
  onSave,
  onDelete,
}: {
  views: readonly SavedView[];
  onApply(view: SavedView): void;
  onSave(name: string): void;
  onDelete(name: string): void;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<BookmarkBorderOutlined />}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="saved-views"
      >
        {t('queue.views.saved')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {views.map((view) => (
          <MenuItem
            key={view.name}
            onClick={() => {
              onApply(view);
              setAnchor(null);
            }}
            data-testid={`saved-view-${view.name}`}
          >
            <ListItemText>{view.name}</ListItemText>
            <IconButton
              size="small"
              edge="end"
              aria-label={t('queue.views.delete', { name: view.name })}
              onClick={(e) => {
                e.stopPropagation();
                onDelete(view.name);
              }}
            >
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        {views.length > 0 ? <Divider /> : null}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setName('');
            setNaming(true);
          }}
          data-testid="save-view"
        >
          {t('queue.views.saveCurrent')}
        </MenuItem>
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('queue.views.saveCurrent')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            sx={{ mt: 1 }}
            label={t('queue.views.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'view-name' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaming(false)}>{t('common.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!name.trim()}
            onClick={() => {
              onSave(name.trim());
              setNaming(false);
            }}
            data-testid="view-save-confirm"
          >
            {t('queue.views.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
