import { Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { SLA_STATES, toggled, type QueueFilter } from './queue-filter';
import type { SlaState } from './queue-row';

export interface ChipCounts {
  readonly lines: ReadonlyMap<Line, number>;
  readonly states: ReadonlyMap<CaseState, number>;
  readonly sla: ReadonlyMap<SlaState, number>;
}

/** Line, state and deadline chips, each with how many cases of the current view it holds. */
export function FilterChips({
  filter,
  counts,
  onChange,
}: {
  filter: QueueFilter;
  counts: ChipCounts;
  onChange(filter: QueueFilter): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.75} sx={{ mb: 1.5 }} data-testid="queue-chips">
      <ChipRow
        label={t('queue.filters.sla')}
        values={SLA_STATES.filter((s) => (counts.sla.get(s) ?? 0) > 0 || filter.sla.includes(s))}
        selected={filter.sla}
        count={(s) => counts.sla.get(s) ?? 0}
        text={(s) => t(`queue.slaState.${s}`)}
        color={(s) => (s === 'breached' ? 'error' : s === 'at-risk' ? 'warning' : 'primary')}
        onToggle={(s) => onChange({ ...filter, sla: toggled(filter.sla, s) })}
        testId="chip-sla"
      />
      <ChipRow
        label={t('queue.filters.line')}
        values={[...counts.lines.keys(), ...filter.lines.filter((l) => !counts.lines.has(l))]}
        selected={filter.lines}
        count={(l) => counts.lines.get(l) ?? 0}
        text={(l) => t(`lines.${l}`)}
        onToggle={(l) => onChange({ ...filter, lines: toggled(filter.lines, l) })}
        testId="chip-line"
      />
      <ChipRow
        label={t('queue.filters.state')}
        values={[...counts.states.keys(), ...filter.states.filter((s) => !counts.states.has(s))]}
        selected={filter.states}
        count={(s) => counts.states.get(s) ?? 0}
        text={(s) => t(`states.${s}`)}
        onToggle={(s) => onChange({ ...filter, states: toggled(filter.states, s) })}
        testId="chip-state"
      />
    </Stack>
  );
}

function ChipRow<T extends string>({
  label,
  values,
  selected,
  count,
  text,
  color = () => 'primary',
  onToggle,
  testId,
}: {
  label: string;
  values: readonly T[];
  selected: readonly T[];
  count(value: T): number;
  text(value: T): string;
  color?(value: T): 'primary' | 'error' | 'warning';
  onToggle(value: T): void;
  testId: string;
}) {
  return (
    <Stack
      direction="row"
      spacing={0.75}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
    >
      <Typography variant="caption" color="text.secondary" sx={{ minWidth: 40 }}>
        {label}
      </Typography>
      {values.map((value) => {
        const on = selected.includes(value);
        return (
          <Chip
            key={value}
            size="small"
            clickable
            color={on ? color(value) : 'default'}
            variant={on ? 'filled' : 'outlined'}
            label={`${text(value)} ${count(value).toLocaleString()}`}
            onClick={() => onToggle(value)}
            aria-pressed={on}
            data-testid={`${testId}-${value}`}
          />
        );
      })}
    </Stack>
  );
}
