import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import {
  Alert,
  Button,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord, DocumentRecord } from '@shared/sync/records';
import { usePreferences } from '../../app/preferences-context';
import { useSession } from '../../app/session-context';
import { checkCase, type CheckReport } from '../../analysis/check-case';
import { database, type Stored } from '../../data/db';
import { useSync } from '../../sync/sync-context';
import { DocumentViewerDialog } from '../viewer/DocumentViewerDialog';
import { attachFiles } from './attach-files';
import { Panel } from './Panel';

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
  const notes = useLiveQuery(
    () => database.notes.where('caseId').equals(caseId).reverse().sortBy('createdAt'),
    [caseId],
    [],
  );
  const users = useLiveQuery(
    async () => new Map((await database.users.toArray()).map((u) => [u.id, u.displayName])),
    [],
    new Map<string, string>(),
  );
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
              mentions: [],
            }).then(() => setBody(''))
          }
        >
          {t('workspace.addNote')}
        </Button>
      </Stack>
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('workspace.noNotes')}</Typography>
      ) : null}
      <List dense>
        {notes.map((note) => (
          <ListItem key={note.id} data-testid="note" disableGutters>
            <ListItemText
              primary={note.body}
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

export function DocumentsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState<DocumentRecord | null>(null);
  const { central } = useSession();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<CheckReport | null>(null);
  const openFlags = useLiveQuery(
    async () => {
      const flags = await database.flags.where('caseId').equals(caseId).toArray();
      const counts = new Map<string, number>();
      for (const f of flags)
        if (f.verdict === 'open' && f.documentId)
          counts.set(f.documentId, (counts.get(f.documentId) ?? 0) + 1);
      return counts;
    },
    [caseId],
    new Map<string, number>(),
  );
  const unreadable = new Map(checked?.unreadable.map((u) => [u.documentId, u.problem]) ?? []);
  const prereview = async () => {
    setChecking(true);
    setChecked(null);
    try {
      setChecked(await checkCase(database, central, caseId, (args) => queue('flag.raise', args)));
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setChecking(false);
    }
  };
  const documents = useLiveQuery(
    () => database.documents.where('caseId').equals(caseId).sortBy('createdAt'),
    [caseId],
    [],
  );
  const uploads = useLiveQuery(
    async () =>
      new Map(
        (await database.uploads.where('caseId').equals(caseId).toArray()).map((u) => [u.sha256, u]),
      ),
    [caseId],
    new Map(),
  );
  return (
    <Panel
      title={t('workspace.documents')}
      testId="documents"
      action={
        <>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="attach-input"
            accept="image/*,application/pdf"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              void attachFiles(queue, caseId, files).then((refused) =>
                setProblems(refused.map((r) => `${r.fileName}：${t(`fileProblem.${r.problem}`)}`)),
              );
            }}
          />
          <Button
            startIcon={<FactCheckOutlined />}
            onClick={() => void prereview()}
            disabled={checking || documents.length === 0}
            data-testid="prereview"
          >
            {checking ? t('workspace.prereviewing') : t('workspace.prereview')}
          </Button>
          <Button startIcon={<AttachFileOutlined />} onClick={() => input.current?.click()}>
            {t('workspace.attach')}
          </Button>
        </>
      }
    >
      {problems.map((p) => (
        <Alert key={p} severity="error" sx={{ mb: 1 }} data-testid="attach-problem">
          {p}
        </Alert>
      ))}
      {checked ? (
        <Alert
          severity={checked.raised > 0 ? 'warning' : 'success'}
          sx={{ mb: 1 }}
          data-testid="prereview-result"
          onClose={() => setChecked(null)}
        >
          {t('workspace.prereviewDone', { read: checked.read, raised: checked.raised })}
          {checked.unreadable.length > 0
            ? ` ${t('workspace.prereviewUnreadable', { files: checked.unreadable.map((u) => u.fileName).join('、') })}`
            : null}
        </Alert>
      ) : null}
      {documents.length === 0 ? (
        <Typography color="text.secondary">{t('workspace.noDocuments')}</Typography>
      ) : null}
      <List dense>
        {documents.map((doc) => {
          const upload = uploads.get(doc.sha256);
          const percent = upload
            ? Math.round((upload.received / Math.max(1, upload.size)) * 100)
            : 100;
          return (
            <ListItem key={doc.id} data-testid="document" disableGutters>
              <ListItemButton
                onClick={() => setOpen(doc)}
                sx={{ flexGrow: 1, display: 'block', px: 1, borderRadius: 1 }}
              >
                <ListItemText
                  primary={doc.fileName}
                  secondary={`${(doc.size / 1024).toFixed(0)} KB`}
                />
                {upload && upload.state !== 'done' ? (
                  <LinearProgress variant="determinate" value={percent} />
                ) : null}
              </ListItemButton>
              {unreadable.get(doc.id) ? (
                <Chip
                  size="small"
                  color="error"
                  variant="outlined"
                  sx={{ mr: 1 }}
                  data-testid="document-problem"
                  label={t(`fileProblem.${unreadable.get(doc.id) ?? 'unreadable'}`)}
                />
              ) : null}
              {openFlags.get(doc.id) ? (
                <Chip
                  size="small"
                  color="error"
                  sx={{ mr: 1 }}
                  data-testid="document-flags"
                  label={t('workspace.openFlags', { count: openFlags.get(doc.id) })}
                />
              ) : null}
              <Chip
                size="small"
                variant="outlined"
                color={upload && upload.state !== 'done' ? 'warning' : 'success'}
                label={
                  !upload || upload.state === 'done'
                    ? t('workspace.uploaded')
                    : upload.received > 0
                      ? t('workspace.uploading', { percent })
                      : t('workspace.waitingUpload')
                }
              />
            </ListItem>
          );
        })}
      </List>
      <DocumentViewerDialog document={open} onClose={() => setOpen(null)} />
    </Panel>
  );
}
