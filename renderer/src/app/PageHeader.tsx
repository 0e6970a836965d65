import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}) {
  return (
    <Stack direction="row" sx={{ alignItems: 'flex-end', mb: 2, gap: 2 }}>
      <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography
          variant="h5"
          component="h2"
          sx={{ fontWeight: 700, fontSize: 22 }}
          data-testid="page-title"
        >
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="body2" color="text.secondary" data-testid="page-subtitle">
            {subtitle}
          </Typography>
        ) : null}
      </Stack>
      {actions}
    </Stack>
  );
}
