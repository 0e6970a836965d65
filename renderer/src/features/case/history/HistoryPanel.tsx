import { Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { formatFen } from '@shared/lib/money';
import type { EventRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { caseRowsOf } from '../../../data/case-rows';
import { database } from '../../../data/db';
import { Panel } from '../Panel';
import { filterHistory, kindsIn, type EventKind } from './history-entries';
import { useUserNames } from '../use-user-names';

/** The money an event was about (a payment, a decision, a calculation's result), if any. */
function amountOf(detail: Readonly<Record<string, unknown>>): string | null {
  const fen = detail['amountFen'] ?? detail['payableFen'];
  return typeof fen === 'number' ? formatFen(fen) : null;
}

/** The case's event log — who did what, when and why — filterable by kind. */
export function HistoryPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [chosen, setChosen] = useState<ReadonlySet<EventKind>>(new Set());
  const events = useLiveQuery(() => caseRowsOf(database, 'caseEvents', caseId), [caseId], []);
  const users = useUserNames();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const toggle = (kind: EventKind) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });
  const describe = (e: EventRecord) =>
    [
      e.fromState && e.toState
        ? t('caseWork.history.moved', {
            from: t(`states.${e.fromState}`),
            to: t(`states.${e.toState}`),
          })
        : e.toState
          ? t(`states.${e.toState}`)
          : null,
      e.reason,
      typeof e.detail['text'] === 'string' && e.detail['text'] ? e.detail['text'] : null,
      amountOf(e.detail),
    ]
      .filter(Boolean)
      .join(' · ');
  const shown = filterHistory(events, chosen);
  return (
    <Panel title={t('caseWork.history.title')} testId="history">
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 0.5, mb: 1 }}
        aria-label={t('caseWork.history.filter')}
      >
        <Chip
          size="small"
          label={t('caseWork.history.all')}
          color={chosen.size === 0 ? 'primary' : 'default'}
          onClick={() => setChosen(new Set())}
        />
        {kindsIn(events).map((kind) => (
          <Chip
            key={kind}
            size="small"
            label={t(`caseWork.history.kinds.${kind}`)}
            color={chosen.has(kind) ? 'primary' : 'default'}
            variant={chosen.has(kind) ? 'filled' : 'outlined'}
            onClick={() => toggle(kind)}
            data-testid={`history-kind-${kind}`}
          />
        ))}
      </Stack>
      {shown.length === 0 ? (
        <Typography color="text.secondary">{t('caseWork.history.none')}</Typography>
      ) : null}
      <List dense disablePadding sx={{ maxHeight: 420, overflow: 'auto' }}>
        {shown.map((e) => (
          <ListItem
            key={e.id}
            disableGutters
            divider
            data-testid="history-entry"
            data-kind={e.kind}
          >
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flexShrink: 0 }}>
                    {t(`caseWork.history.kinds.${e.kind}`)}
                  </Typography>
                  <Typography variant="body2">{describe(e)}</Typography>
                </Stack>
              }
              secondary={`${when.format(e.at)} · ${
                e.actorId ? (users.get(e.actorId) ?? e.actorId) : t('caseWork.history.system')
              }`}
            />
          </ListItem>
        ))}
      </List>
    </Panel>
  );
}
