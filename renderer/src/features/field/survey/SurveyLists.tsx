import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DAMAGE_PARTS, type SiteSurvey } from '@shared/domain/site-survey';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './use-field-errors';

type Edit = (change: (s: SiteSurvey) => SiteSurvey) => void;
type ListKey = 'parties' | 'vehicles' | 'damages';

/** Changes one list of the report: a row's fields, a new row, a row gone. */
function rowEditor<K extends ListKey>(edit: Edit, key: K) {
  type Item = SiteSurvey[K][number];
  const rows = (s: SiteSurvey) => s[key] as Item[];
  const replace = (s: SiteSurvey, next: Item[]): SiteSurvey => ({ ...s, [key]: next });
  return {
    set: (index: number, patch: Partial<Item>) =>
      edit((s) =>
        replace(
          s,
          rows(s).map((r, i) => (i === index ? { ...r, ...patch } : r)),
        ),
      ),
    add: (row: Item) => edit((s) => replace(s, [...rows(s), row])),
    remove: (index: number) =>
      edit((s) =>
        replace(
          s,
          rows(s).filter((_, i) => i !== index),
        ),
      ),
  };
}

/** Every row's fields with their own errors; rows are added and removed in place. */
export function PartiesSection({
  survey,
  edit,
  errors,
}: {
  survey: SiteSurvey;
  edit: Edit;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const { set, add, remove } = rowEditor(edit, 'parties');
  return (
    <Section title={t('fieldWork.parties')}>
      {survey.parties.map((party, i) => (
        <Stack
          key={i}
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <Text
            label={t('fieldWork.partyName')}
            path={`parties.${i}.name`}
            value={party.name}
            errors={errors}
            onChange={(v) => set(i, { name: v })}
          />
          <TextField
            select
            size="small"
            label={t('fieldWork.partyRole')}
            value={party.role}
            onChange={(e) => set(i, { role: e.target.value as typeof party.role })}
            sx={{ minWidth: 120 }}
          >
            {(['insured', 'third-party', 'witness'] as const).map((r) => (
              <MenuItem key={r} value={r}>
                {t(`fieldWork.partyRoles.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <Text
            label={t('fieldWork.partyPhone')}
            path={`parties.${i}.phone`}
            value={party.phone}
            errors={errors}
            onChange={(v) => set(i, { phone: v })}
          />
          <Text
            label={t('fieldWork.partyId')}
            path={`parties.${i}.idNumber`}
            value={party.idNumber}
            errors={errors}
            onChange={(v) => set(i, { idNumber: v })}
          />
          <Remove onClick={() => remove(i)} />
        </Stack>
      ))}
      <Add
        label={t('fieldWork.addParty')}
        onClick={() => add({ name: '', role: 'third-party', phone: '', idNumber: '' })}
      />
    </Section>
  );
}

export function VehiclesSection({
  survey,
  edit,
  errors,
}: {
  survey: SiteSurvey;
  edit: Edit;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const { set, add, remove } = rowEditor(edit, 'vehicles');
  return (
    <Section title={t('fieldWork.vehicles')}>
      {survey.vehicles.map((vehicle, i) => (
        <Stack
          key={i}
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <Text
            label={t('fieldWork.plate')}
            path={`vehicles.${i}.plate`}
            value={vehicle.plate}
            errors={errors}
            onChange={(v) => set(i, { plate: v })}
            testId={`plate-${i}`}
          />
          <Text
            label={t('fieldWork.vehicleDescription')}
            path={`vehicles.${i}.description`}
            value={vehicle.description}
            errors={errors}
            onChange={(v) => set(i, { description: v })}
          />
          <Remove onClick={() => remove(i)} />
        </Stack>
      ))}
      <Add label={t('fieldWork.addVehicle')} onClick={() => add({ plate: '', description: '' })} />
    </Section>
  );
}

export function DamagesSection({
  survey,
  edit,
  errors,
}: {
  survey: SiteSurvey;
  edit: Edit;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const { set, add, remove } = rowEditor(edit, 'damages');
  return (
    <Section title={t('fieldWork.damages')}>
      {survey.damages.map((damage, i) => (
        <Stack
          key={i}
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <TextField
            select
            size="small"
            label={t('fieldWork.part')}
            value={damage.part}
            onChange={(e) => set(i, { part: e.target.value as typeof damage.part })}
            sx={{ minWidth: 130 }}
          >
            {DAMAGE_PARTS.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`fieldWork.parts.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('fieldWork.severity')}
            value={damage.severity}
            onChange={(e) => set(i, { severity: e.target.value as typeof damage.severity })}
            sx={{ minWidth: 110 }}
          >
            {(['light', 'moderate', 'severe'] as const).map((v) => (
              <MenuItem key={v} value={v}>
                {t(`fieldWork.severities.${v}`)}
              </MenuItem>
            ))}
          </TextField>
          <Text
            label={t('fieldWork.damageNote')}
            path={`damages.${i}.note`}
            value={damage.note}
            errors={errors}
            onChange={(v) => set(i, { note: v })}
          />
          <Remove onClick={() => remove(i)} />
        </Stack>
      ))}
      <Add
        label={t('fieldWork.addDamage')}
        onClick={() => add({ part: 'front', severity: 'moderate', note: '' })}
      />
    </Section>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{title}</Typography>
      {children}
    </Stack>
  );
}

export function Text(props: {
  label: string;
  path: string;
  value: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
  testId?: string;
}) {
  const error = props.errors.errorOf(props.path);
  return (
    <TextField
      size="small"
      fullWidth
      label={props.label}
      value={props.value}
      error={error !== null}
      helperText={error ?? ' '}
      onChange={(e) => props.onChange(e.target.value)}
      onBlur={() => props.errors.touch(props.path)}
      slotProps={{ htmlInput: { 'data-testid': props.testId ?? props.path } }}
    />
  );
}

function Add({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      size="small"
      startIcon={<AddOutlined />}
      onClick={onClick}
      sx={{ alignSelf: 'flex-start' }}
    >
      {label}
    </Button>
  );
}

function Remove({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <IconButton aria-label={t('fieldWork.remove')} onClick={onClick} sx={{ mt: 0.5 }}>
      <DeleteOutlineOutlined fontSize="small" />
    </IconButton>
  );
}
