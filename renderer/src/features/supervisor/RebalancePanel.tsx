import {
  Alert,
  Button,
  Checkbox,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';
import type { Move } from './rebalance';
import type { Adjuster } from './workload';

/**
 * The suggested moves, each one the supervisor may untick or send to
 * someone else; accepting queues the reassignments (offline too).
 */
export function RebalancePanel({
  moves,
  team,
}: {
  moves: readonly Move[];
  team: readonly Adjuster[];
}) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const names = useMemo(() => new Map(team.map((a) => [a.id, a.name])), [team]);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [targets, setTargets] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = moves.filter((m) => !skipped.has(m.caseId));

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      for (const move of chosen) {
        const assigneeId = targets.get(move.caseId) ?? move.toId;
        if (assigneeId === move.fromId) continue;
        await queue(
          'case.assign',
          { caseId: move.caseId, assigneeId, reason: t('rebalance.reason') },
          { [`case:${move.caseId}`]: move.rowVersion },
        );
      }
      setSkipped(new Set());
      setTargets(new Map());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="rebalance">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('rebalance.title')}
        </Typography>
        <Button
          variant="contained"
          size="small"
          disabled={busy || chosen.length === 0}
          onClick={() => void accept()}
          data-testid="rebalance-accept"
        >
          {t('rebalance.accept', { count: chosen.length })}
        </Button>
      </Stack>
      {moves.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('rebalance.none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              <TableCell>{t('queue.columns.caseNumber')}</TableCell>
              <TableCell>{t('queue.columns.sla')}</TableCell>
              <TableCell>{t('rebalance.from')}</TableCell>
              <TableCell>{t('rebalance.to')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {moves.map((move) => (
              <TableRow key={move.caseId}>
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={!skipped.has(move.caseId)}
                    onChange={(e) => {
                      const next = new Set(skipped);
                      if (e.target.checked) next.delete(move.caseId);
                      else next.add(move.caseId);
                      setSkipped(next);
                    }}
                  />
                </TableCell>
                <TableCell>{move.caseNumber}</TableCell>
                <TableCell
                  sx={{ color: move.slaState === 'breached' ? 'error.main' : 'warning.main' }}
                >
                  {t(`queue.slaState.${move.slaState}`)}
                </TableCell>
                <TableCell>{names.get(move.fromId) ?? move.fromId}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    variant="standard"
                    value={targets.get(move.caseId) ?? move.toId}
                    onChange={(e) => setTargets(new Map(targets).set(move.caseId, e.target.value))}
                  >
                    {team.map((a) => (
                      <MenuItem key={a.id} value={a.id}>
                        {a.name}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Paper>
  );
}
