import { Chip, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { SLA_STATES, type ChipFilter, type ChipToggle } from './queue-filter';
import type { SlaState } from './queue-row';

export interface ChipCounts {
  readonly lines: ReadonlyMap<Line, number>;
  readonly states: ReadonlyMap<CaseState, number>;
  readonly sla: ReadonlyMap<SlaState, number>;
}

/**
 * Line, state and deadline chips, each with how many cases of the current
 * view it holds. Memoised: typing in the search re-renders the page, and
 * these two dozen chips need not follow each keystroke.
 */
export const FilterChips = memo(function FilterChips({
  lines,
  states,
  sla,
  counts,
  onToggle,
}: Pick<ChipFilter, 'lines' | 'states' | 'sla'> & {
  counts: ChipCounts;
  onToggle(toggle: ChipToggle): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.75} sx={{ mb: 1.5 }} data-testid="queue-chips">
      <ChipRow
        label={t('queue.filters.sla')}
        values={SLA_STATES.filter((s) => (counts.sla.get(s) ?? 0) > 0 || sla.includes(s))}
        selected={sla}
        count={(s) => counts.sla.get(s) ?? 0}
        text={(s) => t(`queue.slaState.${s}`)}
        color={(s) => (s === 'breached' ? 'error' : s === 'at-risk' ? 'warning' : 'primary')}
        onToggle={(value) => onToggle({ kind: 'sla', value })}
        testId="chip-sla"
      />
      <ChipRow
        label={t('queue.filters.line')}
        values={[...counts.lines.keys(), ...lines.filter((l) => !counts.lines.has(l))]}
        selected={lines}
        count={(l) => counts.lines.get(l) ?? 0}
        text={(l) => t(`lines.${l}`)}
        onToggle={(value) => onToggle({ kind: 'lines', value })}
        testId="chip-line"
      />
      <ChipRow
        label={t('queue.filters.state')}
        values={[...counts.states.keys(), ...states.filter((s) => !counts.states.has(s))]}
        selected={states}
        count={(s) => counts.states.get(s) ?? 0}
        text={(s) => t(`states.${s}`)}
        onToggle={(value) => onToggle({ kind: 'states', value })}
        testId="chip-state"
      />
    </Stack>
  );
});

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
