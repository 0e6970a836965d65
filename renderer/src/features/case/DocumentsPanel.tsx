import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Alert, Box, Button, List, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '@shared/sync/records';
import { checkCase, type CheckReport } from '../../analysis/check-case';
import { useSession } from '../../app/session-context';
import { database } from '../../data/db';
import { platform } from '../../platform';
import { useSync } from '../../sync/sync-context';
import { DocumentViewerDialog } from '../viewer/DocumentViewerDialog';
import { attachFiles } from './attach-files';
import { DocumentRow } from './DocumentRow';
import { DocumentTypeDialog } from './DocumentTypeDialog';
import { useOpenFlagsByDocument, useUploadsByHash } from './use-case-files';
import { Panel } from './Panel';
import { ATTACHABLE_EXTENSIONS, filesFromPicked } from './picked-files';
import { useFileDrop } from './use-file-drop';

/** The case's files: attach (button, drop or paste), AI pre-review, open in the viewer. */
export function DocumentsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const { central } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState<DocumentRecord | null>(null);
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<CheckReport | null>(null);
  const [classifying, setClassifying] = useState<DocumentRecord | null>(null);

  const documents = useLiveQuery(
    () => database.documents.where('caseId').equals(caseId).sortBy('createdAt'),
    [caseId],
    [],
  );
  const uploads = useUploadsByHash(caseId);
  const openFlags = useOpenFlagsByDocument(caseId);
  const unreadable = new Map(checked?.unreadable.map((u) => [u.documentId, u.problem]) ?? []);

  const attach = useCallback(
    (files: File[]) =>
      void attachFiles(queue, caseId, files).then((refused) =>
        setProblems(refused.map((r) => `${r.fileName}：${t(`fileProblem.${r.problem}`)}`)),
      ),
    [queue, caseId, t],
  );
  const { dragging, dropProps } = useFileDrop(attach);
  // The desktop app opens its own file dialog; a browser has only the file input.
  const chooseFiles = () => {
    if (platform.kind === 'web') {
      input.current?.click();
      return;
    }
    void platform
      .openFiles({
        title: t('workspace.attach'),
        filters: [{ name: t('workspace.documents'), extensions: ATTACHABLE_EXTENSIONS }],
        multiple: true,
      })
      .then((picked) => attach(filesFromPicked(picked)));
  };

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
              attach(files);
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
          <Button startIcon={<AttachFileOutlined />} onClick={chooseFiles}>
            {t('workspace.attach')}
          </Button>
        </>
      }
    >
      <Box
        {...dropProps}
        data-testid="drop-zone"
        sx={{
          borderRadius: 1,
          outline: dragging ? 2 : 0,
          outlineStyle: 'dashed',
          outlineColor: 'primary.main',
          bgcolor: dragging ? 'action.hover' : 'transparent',
        }}
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
            {checked.ocrMissing.length > 0
              ? ` ${t('workspace.prereviewOcrMissing', {
                  languages: checked.ocrMissing
                    .map((code) =>
                      code === 'chi_sim'
                        ? t('workspace.ocrLanguageChiSim')
                        : code === 'eng'
                          ? t('workspace.ocrLanguageEng')
                          : code,
                    )
                    .join('、'),
                })}`
              : null}
          </Alert>
        ) : null}
        {documents.length === 0 ? (
          <Typography color="text.secondary">{t('workspace.noDocuments')}</Typography>
        ) : null}
        <List dense>
          {documents.map((doc) => (
            <DocumentRow
              key={doc.id}
              document={doc}
              upload={uploads.get(doc.sha256)}
              openFlags={openFlags.get(doc.id) ?? 0}
              problem={unreadable.get(doc.id)}
              onOpen={() => setOpen(doc)}
              onClassify={() => setClassifying(doc)}
            />
          ))}
        </List>
        <Typography variant="caption" color="text.secondary">
          {t('workspace.dropHint')}
        </Typography>
      </Box>
      <DocumentViewerDialog document={open} onClose={() => setOpen(null)} />
      {classifying ? (
        <DocumentTypeDialog document={classifying} onClose={() => setClassifying(null)} />
      ) : null}
    </Panel>
  );
}
