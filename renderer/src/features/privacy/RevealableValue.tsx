import VisibilityIcon from '@mui/icons-material/Visibility';
import { Box, IconButton, Tooltip } from '@mui/material';
import { REVEAL_SECONDS, type RevealableField } from '@shared/domain/personal-data';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';

/**
 * A personal value shown masked, with a button that shows it for a short
 * while. Each reveal is queued as an audited mutation before the value
 * appears, so it is recorded even when the reveal happens offline.
 */
export function RevealableValue({
  caseId,
  field,
  value,
  masked,
}: {
  caseId: string;
  field: RevealableField;
  value: string;
  masked: string;
}) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(false), REVEAL_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [shown]);

  const reveal = async () => {
    try {
      await queue('personal-data.reveal', { caseId, field, revealedAt: Date.now() });
      setError(null);
      setShown(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Box
      component="span"
      data-testid={`personal-${field}`}
      sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}
    >
      <span data-revealed={shown}>{shown ? value : masked}</span>
      {shown ? null : (
        <Tooltip title={error ?? t('privacy.reveal', { seconds: REVEAL_SECONDS })}>
          <IconButton
            size="small"
            aria-label={t('privacy.revealField', { field: t(`privacy.fields.${field}`) })}
            onClick={() => void reveal()}
            color={error ? 'error' : 'default'}
            sx={{ ml: 0.5, p: 0.25 }}
          >
            <VisibilityIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
