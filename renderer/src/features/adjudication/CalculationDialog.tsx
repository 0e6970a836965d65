import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  MenuItem,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calculateParsed, CalculationInput } from '@shared/calc';
import { formatFen } from '@shared/lib/money';
import { uuidv7 } from '@shared/lib/uuidv7';
import { describeIssues } from '@shared/lib/zod-issues';
import { useSync } from '../../sync/sync-context';
import { leaves, withLeaf, type LeafValue } from './input-leaves';
import type { DocumentAmount } from './document-amounts';
import { inputChoices } from './input-choices';
import { inputLabel } from './input-labels';
import type { Prefill, ValueSource } from './prefill';

const isFen = (path: string) => path.endsWith('Fen');

/** What the adjuster types: yuan with two decimals for money, the raw value otherwise. */
function display(path: string, value: LeafValue): string {
  if (typeof value === 'number' && isFen(path)) return (value / 100).toFixed(2);
  return String(value);
}

function parse(path: string, text: string, previous: LeafValue): LeafValue | null {
  if (typeof previous === 'boolean')
    return text === 'true' ? true : text === 'false' ? false : null;
  if (typeof previous === 'string') return text;
  if (!/^-?\d+(\.\d{1,2})?$/.test(text.trim())) return null;
  return isFen(path) ? Math.round(Number(text) * 100) : Number(text);
}

/**
 * A new calculation version: every value prefilled from the policy, the case
 * or the previous version shows its source; changing one asks why. The
 * result is recalculated on every keystroke and saved as an immutable version.
 */
export function CalculationDialog(props: {
  caseId: string;
  start: Prefill;
  /** Papers whose amount was not used, to say so. */
  setAside: DocumentAmount['setAside'];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { queue } = useSync();
  const [input, setInput] = useState(props.start.input);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const original = useMemo(
    () => new Map(leaves(props.start.input).map((l) => [l.path, l.value])),
    [props.start.input],
  );
  const rows = leaves(input);
  const changed = rows.filter((row) => original.get(row.path) !== row.value);
  const parsed = CalculationInput.safeParse(input);
  const result = parsed.success ? calculateParsed(parsed.data) : null;
  const badText = Object.entries(texts).some(
    ([path, text]) => parse(path, text, original.get(path) ?? 0) === null,
  );
  const missingReason = changed.some((row) => !reasons[row.path]?.trim());

  const edit = (path: string, text: string) => {
    setTexts((x) => ({ ...x, [path]: text }));
    const value = parse(path, text, original.get(path) ?? 0);
    if (value !== null) setInput((current) => withLeaf(current, path, value));
  };

  const save = async () => {
    if (!parsed.success || !result) return;
    const provenance: Record<string, ValueSource> = { ...props.start.provenance };
    for (const row of changed)
      provenance[row.path] = { source: 'manual', reference: null, reason: reasons[row.path] ?? '' };
    await queue('calculation.save', {
      calculationId: uuidv7(),
      caseId: props.caseId,
      input: parsed.data as unknown as Record<string, unknown>,
      provenance,
      payableFen: result.payableFen,
    });
    props.onClose();
  };

  const choices = (row: { path: string }) =>
    inputChoices(row.path, original.get(row.path) ?? 0, i18n.language);

  const sourceLabel = (path: string) => {
    if (changed.some((row) => row.path === path)) return t('adjudication.source.manual');
    const source = props.start.provenance[path];
    return source
      ? `${t(`adjudication.source.${source.source}`)}${source.reference ? ` · ${source.reference}` : ''}`
      : t('adjudication.source.entered');
  };

  return (
    <Dialog open onClose={props.onClose} maxWidth="lg" fullWidth data-testid="calculation-dialog">
      <DialogTitle>{t('adjudication.newCalculation')}</DialogTitle>
      <DialogContent dividers>
        {props.setAside.length > 0 ? (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="papers-set-aside">
            {t('adjudication.setAside.title')}
            {props.setAside.map((paper) => (
              <div key={paper.fileName}>
                {paper.fileName}：{t(`adjudication.setAside.${paper.why}`)}
              </div>
            ))}
          </Alert>
        ) : null}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('adjudication.value')}</TableCell>
              <TableCell sx={{ width: 200 }}>{t('adjudication.amount')}</TableCell>
              <TableCell>{t('adjudication.sourceTitle')}</TableCell>
              <TableCell sx={{ width: 280 }}>{t('adjudication.overrideReason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const isChanged = changed.some((c) => c.path === row.path);
              return (
                <TableRow key={row.path}>
                  <TableCell>
                    <Typography variant="body2">{inputLabel(row.path, i18n.language)}</Typography>
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      sx={{ fontFamily: 'monospace' }}
                    >
                      {row.path}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <TextField
                      size="small"
                      fullWidth
                      select={choices(row) !== null}
                      value={texts[row.path] ?? display(row.path, row.value)}
                      onChange={(e) => edit(row.path, e.target.value)}
                      error={
                        texts[row.path] !== undefined &&
                        parse(row.path, texts[row.path] ?? '', row.value) === null
                      }
                      slotProps={{
                        htmlInput: { 'aria-label': inputLabel(row.path, i18n.language) },
                      }}
                    >
                      {choices(row)?.map((choice) => (
                        <MenuItem key={choice.value} value={choice.value}>
                          {choice.label}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant={isChanged ? 'filled' : 'outlined'}
                      color={isChanged ? 'warning' : 'default'}
                      label={sourceLabel(row.path)}
                    />
                  </TableCell>
                  <TableCell>
                    {isChanged ? (
                      <TextField
                        size="small"
                        fullWidth
                        required
                        placeholder={t('adjudication.whyChanged')}
                        value={reasons[row.path] ?? ''}
                        onChange={(e) => setReasons((x) => ({ ...x, [row.path]: e.target.value }))}
                        slotProps={{
                          htmlInput: {
                            'aria-label': t('adjudication.reasonFor', {
                              value: inputLabel(row.path, i18n.language),
                            }),
                          },
                        }}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <Stack sx={{ mt: 2 }} spacing={1}>
          {result ? (
            <Typography variant="h6" data-testid="live-payable">
              {t('adjudication.payableIs', { amount: formatFen(result.payableFen, i18n.language) })}
            </Typography>
          ) : (
            <Alert severity="error">{parsed.success ? null : describeIssues(parsed.error)}</Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!result || badText || missingReason}
          onClick={() => void save()}
        >
          {t('adjudication.saveVersion')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
