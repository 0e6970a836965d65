import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { LINES, type Line } from '@shared/domain/lines';
import { isMainlandMobile, normalizeMobile } from '@shared/domain/mobile';
import { uuidv7 } from '@shared/lib/uuidv7';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSync } from '../../sync/sync-context';
import { localInputValue } from '../../lib/local-time';
import { deviceLocation, type Position } from './device-location';
import { findLocalPolicy, type KnownPolicy } from './find-policy';
import { provisionalNumber } from './provisional-number';

/**
 * A new case (报案) created at the scene, fully offline: the policy is looked
 * up on this device when it can be, or entered by hand and matched on sync.
 */
export function NewCaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<KnownPolicy | null | undefined>(undefined);
  const [line, setLine] = useState<Line>('AUTO');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'individual' | 'enterprise'>('individual');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [lossAt, setLossAt] = useState(() => localInputValue(Date.now()));
  const [location, setLocation] = useState('');
  const [position, setPosition] = useState<Position | null>(null);
  const [locating, setLocating] = useState<string | null>(null);
  const [description, setDescription] = useState('');

  const lookUp = async () => {
    const policy = await findLocalPolicy(query);
    setFound(policy);
    if (!policy) return;
    setLine(policy.policy.line);
    setName(policy.customer.name);
    setKind(policy.customer.kind);
    setIdNumber(policy.customer.idNumber);
    setPhone(policy.customer.phone);
  };
  const locate = async () => {
    setLocating(t('fieldWork.locating'));
    try {
      setPosition(await deviceLocation());
      setLocating(null);
    } catch (error) {
      setLocating(t('fieldWork.locationFailed', { reason: (error as Error).message }));
    }
  };
  const lossAtMs = new Date(lossAt).getTime();
  const phoneOk = isMainlandMobile(phone);
  const valid =
    name.trim() !== '' &&
    idNumber.trim().length >= 6 &&
    phoneOk &&
    location.trim() !== '' &&
    Number.isFinite(lossAtMs) &&
    lossAtMs <= Date.now() + 60_000;
  const create = async () => {
    const caseId = uuidv7();
    const now = Date.now();
    await queue('case.create', {
      caseId,
      line,
      customer: {
        name: name.trim(),
        kind,
        idNumber: idNumber.trim(),
        phone: normalizeMobile(phone),
      },
      policyNumber: found?.policy.policyNumber ?? (query.trim() || null),
      lossAt: lossAtMs,
      reportedAt: now,
      lossLocation: location.trim(),
      lossLat: position?.lat ?? null,
      lossLng: position?.lng ?? null,
      claimedFen: 0,
      description: description.trim(),
      provisionalNumber: provisionalNumber(now),
    });
    onClose();
    void navigate(`/field/${caseId}`);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="new-case-dialog">
      <DialogTitle>{t('fieldWork.newCaseTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{t('fieldWork.newCaseHint')}</Alert>
          <Stack direction="row" spacing={1}>
            <TextField
              fullWidth
              size="small"
              label={t('fieldWork.findPolicy')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'policy-query' } }}
            />
            <Button
              variant="outlined"
              onClick={() => void lookUp()}
              disabled={query.trim().length < 6}
            >
              {t('fieldWork.lookUp')}
            </Button>
          </Stack>
          {found ? (
            <Alert severity="success">
              {t('fieldWork.policyFound', {
                policy: found.policy.policyNumber,
                customer: found.customer.name,
              })}
            </Alert>
          ) : found === null ? (
            <Alert severity="warning">{t('fieldWork.policyNotFound')}</Alert>
          ) : null}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              select
              fullWidth
              label={t('fieldWork.line')}
              value={line}
              onChange={(e) => setLine(e.target.value as Line)}
            >
              {LINES.map((l) => (
                <MenuItem key={l} value={l}>
                  {t(`lines.${l}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              fullWidth
              label={t('fieldWork.customerKind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'individual' | 'enterprise')}
            >
              <MenuItem value="individual">{t('case.customerKind.individual')}</MenuItem>
              <MenuItem value="enterprise">{t('case.customerKind.enterprise')}</MenuItem>
            </TextField>
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              fullWidth
              required
              label={t('fieldWork.customerName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'new-customer-name', maxLength: 100 } }}
            />
            <TextField
              fullWidth
              required
              label={t('fieldWork.idNumber')}
              value={idNumber}
              onChange={(e) => setIdNumber(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'new-id-number', maxLength: 32 } }}
            />
            <TextField
              fullWidth
              required
              label={t('fieldWork.phone')}
              value={phone}
              error={phone !== '' && !phoneOk}
              helperText={phone !== '' && !phoneOk ? t('fieldWork.problems.mobile-invalid') : ' '}
              onChange={(e) => setPhone(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'new-phone', maxLength: 20 } }}
            />
          </Stack>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ alignItems: 'flex-start' }}
          >
            <TextField
              type="datetime-local"
              label={t('fieldWork.lossAt')}
              value={lossAt}
              onChange={(e) => setLossAt(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              fullWidth
              required
              label={t('fieldWork.lossLocation')}
              value={location}
              onChange={(e) => setLocation(e.target.value)}
              helperText={
                position
                  ? `${position.lat.toFixed(5)}, ${position.lng.toFixed(5)}`
                  : (locating ?? ' ')
              }
              slotProps={{ htmlInput: { 'data-testid': 'new-location', maxLength: 200 } }}
            />
            <Button sx={{ flexShrink: 0, mt: 1 }} onClick={() => void locate()}>
              {t('fieldWork.useDeviceLocation')}
            </Button>
          </Stack>
          <TextField
            multiline
            minRows={2}
            label={t('fieldWork.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 4000 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('fieldWork.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!valid}
          onClick={() => void create()}
          data-testid="create-case"
        >
          {t('fieldWork.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
