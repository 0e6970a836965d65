import {
  Box,
  Button,
  Chip,
  List,
  ListItemButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagRecord } from '@shared/sync/records';
import { useSync } from '../../sync/sync-context';
import { EvidenceList } from './EvidenceList';

const SEVERITY_COLOR = { high: 'error', medium: 'warning', low: 'info' } as const;

/**
 * A file's flags, most severe first: what was seen, where, and why it
 * matters, with the evidence. The adjuster confirms a flag or dismisses it
 * with a reason; either is a synced, audited verdict.
 */
export function FlagsPanel({
  flags,
  selectedId,
  onSelect,
  reasonInput,
  inline = false,
}: {
  flags: readonly FlagRecord[];
  /** Inside a workspace panel rather than beside a document. */
  inline?: boolean;
  selectedId: string | null;
  onSelect: (flag: FlagRecord) => void;
  /** The selected flag's reason field, focused by the dismiss key. */
  reasonInput: RefObject<HTMLInputElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { queue } = useSync();
  const [reason, setReason] = useState('');

  const decide = async (flag: FlagRecord, verdict: FlagRecord['verdict']) => {
    await queue('flag.verdict', {
      flagId: flag.id,
      verdict,
      reason: reason.trim() || null,
    });
    setReason('');
  };

  return (
    <Box
      component="aside"
      aria-label={t('anomaly.title')}
      data-testid="flags-panel"
      sx={
        inline
          ? {}
          : { width: 340, flexShrink: 0, borderLeft: 1, borderColor: 'divider', overflowY: 'auto' }
      }
    >
      <Stack sx={{ px: 2, pt: 1.5, display: inline ? 'none' : 'flex' }}>
        <Typography variant="subtitle2">
          {t('anomaly.title')} ({flags.filter((f) => f.verdict === 'open').length})
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('anomaly.keys')}
        </Typography>
      </Stack>
      {flags.length === 0 ? (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {t('anomaly.none')}
        </Typography>
      ) : null}
      <List dense>
        {flags.map((flag) => {
          const selected = flag.id === selectedId;
          return (
            <Box
              key={flag.id}
              data-testid="flag"
              data-flag-id={flag.id}
              data-verdict={flag.verdict}
            >
              <ListItemButton
                selected={selected}
                onClick={() => onSelect(flag)}
                sx={{ display: 'block', py: 1 }}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                  <Chip
                    size="small"
                    color={SEVERITY_COLOR[flag.severity]}
                    label={t(`anomaly.severity.${flag.severity}`)}
                  />
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1 }}>
                    {t(`anomaly.kinds.${flag.kind}`)}
                  </Typography>
                  {flag.source !== 'workstation' ? (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={t(`anomaly.source.${flag.source}`)}
                      data-testid="flag-source"
                    />
                  ) : null}
                </Stack>
                <Typography variant="body2">{flag.explanation[language]}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {flag.page ? t('anomaly.page', { page: flag.page }) : null}
                  {flag.verdict !== 'open'
                    ? ` · ${t(`anomaly.verdict.${flag.verdict}`)}${flag.verdictReason ? `：${flag.verdictReason}` : ''}`
                    : null}
                </Typography>
              </ListItemButton>
              {selected ? (
                <Stack spacing={1} sx={{ px: 2, pb: 1.5 }}>
                  <EvidenceList flag={flag} />
                  {flag.verdict === 'open' ? (
                    <>
                      <TextField
                        size="small"
                        inputRef={reasonInput}
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' && reason.trim()) void decide(flag, 'dismissed');
                        }}
                        placeholder={t('anomaly.reason')}
                        slotProps={{ htmlInput: { 'aria-label': t('anomaly.reason') } }}
                      />
                      <Stack direction="row" spacing={1}>
                        <Button
                          size="small"
                          variant="contained"
                          color="error"
                          onClick={() => void decide(flag, 'confirmed')}
                        >
                          {t('anomaly.confirm')}
                        </Button>
                        <Button
                          size="small"
                          variant="outlined"
                          disabled={!reason.trim()}
                          onClick={() => void decide(flag, 'dismissed')}
                        >
                          {t('anomaly.dismiss')}
                        </Button>
                      </Stack>
                    </>
                  ) : (
                    <Button size="small" onClick={() => void decide(flag, 'open')}>
                      {t('anomaly.reopen')}
                    </Button>
                  )}
                </Stack>
              ) : null}
            </Box>
          );
        })}
      </List>
    </Box>
  );
}
