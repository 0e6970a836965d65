import {
  Autocomplete,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord, UserRecord } from '@shared/sync/records';
import { usePreferences } from '../../app/preferences-context';
import { database, type Stored } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import { Panel } from './Panel';
import { useUserNames } from './use-user-names';

/** The loss description, edited in place; saved as a field-level change that merges with others. */
export function DescriptionPanel({ record }: { record: Stored<CaseRecord> }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [draft, setDraft] = useState(record.description);
  useEffect(() => setDraft(record.description), [record.description]);
  const changed = draft.trim() !== record.description.trim();
  return (
    <Panel title={t('workspace.description')}>
      <TextField
        fullWidth
        multiline
        minRows={2}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'case-description', maxLength: 4000 } }}
      />
      <Stack direction="row" sx={{ mt: 1, justifyContent: 'flex-end' }}>
        <Button
          variant="contained"
          disabled={!changed}
          data-testid="save-description"
          onClick={() =>
            void queue(
              'case.update',
              { caseId: record.id, fields: { description: draft } },
              { [`case:${record.id}`]: record.rowVersion },
            )
          }
        >
          {t('workspace.save')}
        </Button>
      </Stack>
    </Panel>
  );
}

export function NotesPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { queue } = useSync();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Stored<UserRecord>[]>([]);
  const colleagues = useLiveQuery(
    () => database.users.filter((u) => u.active).toArray(),
    [],
    [] as Stored<UserRecord>[],
  );
  const notes = useLiveQuery(
    () => database.notes.where('caseId').equals(caseId).reverse().sortBy('createdAt'),
    [caseId],
    [],
  );
  const users = useUserNames();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Panel title={t('workspace.notes')} testId="notes">
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <TextField
          fullWidth
          size="small"
          placeholder={t('workspace.notePlaceholder')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'note-input', maxLength: 8000 } }}
        />
        <Button
          variant="outlined"
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
          disabled={!body.trim()}
          data-testid="add-note"
          onClick={() =>
            void queue('note.add', {
              noteId: uuidv7(),
              caseId,
              body: body.trim(),
              mentions: mentions.map((u) => u.id),
            }).then(() => {
              setBody('');
              setMentions([]);
            })
          }
        >
          {t('workspace.addNote')}
        </Button>
      </Stack>
      <Autocomplete
        multiple
        size="small"
        sx={{ mb: 1 }}
        options={colleagues}
        value={mentions}
        onChange={(_, value) => setMentions(value.slice(0, 20))}
        getOptionLabel={(u) => u.displayName}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => <TextField {...params} label={t('caseWork.mentions')} />}
      />
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('workspace.noNotes')}</Typography>
      ) : null}
      <List dense>
        {notes.map((note) => (
          <ListItem key={note.id} data-testid="note" disableGutters>
            <ListItemText
              primary={
                <>
                  {note.body}
                  {note.mentions.map((id) => (
                    <Chip
                      key={id}
                      size="small"
                      variant="outlined"
                      sx={{ ml: 0.5 }}
                      label={`@${users.get(id) ?? id}`}
                    />
                  ))}
                </>
              }
              secondary={`${users.get(note.authorId) ?? note.authorId} · ${when.format(note.createdAt)}`}
            />
            {note.rowVersion === 0 ? (
              <Chip
                size="small"
                variant="outlined"
                color="warning"
                label={t('workspace.pending')}
              />
            ) : null}
          </ListItem>
        ))}
      </List>
    </Panel>
  );
}
