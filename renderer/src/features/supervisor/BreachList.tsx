import { List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePreferences } from '../../app/preferences-context';
import type { QueueRow } from '../queue/queue-row';
import { countdown, formatCountdown } from '../queue/sla-countdown';

const SHOWN = 8;

/** The team's overdue deadlines, longest overdue first: what to chase today. */
export function BreachList({ rows }: { rows: readonly QueueRow[] }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const navigate = useNavigate();
  const breached = rows
    .filter((r) => r.open && r.slaState === 'breached' && r.clock)
    .sort((a, b) => (a.clock?.remainingMs ?? 0) - (b.clock?.remainingMs ?? 0));
  return (
    <Paper sx={{ p: 2 }} data-testid="breaches">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('supervisor.breaches', { count: breached.length })}
      </Typography>
      {breached.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('supervisor.noBreaches')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {breached.slice(0, SHOWN).map((row) => (
            <ListItemButton key={row.id} onClick={() => navigate(`/cases/${row.id}`)}>
              <ListItemText
                primary={`${row.caseNumber} · ${row.clock?.label[language] ?? ''}`}
                secondary={`${formatCountdown(countdown(row.clock?.remainingMs ?? 0), language)} · ${row.assigneeName ?? t('queue.unassigned')}`}
                slotProps={{ secondary: { color: 'error' } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
