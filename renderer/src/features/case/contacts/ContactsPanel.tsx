import type { SlaClock } from '@shared/domain/sla';
import { Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { materialName } from '@shared/domain/material-texts';
import { isMaterialCode } from '@shared/domain/materials';
import type { CaseRecord, ContactRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { caseRowsOf } from '../../../data/case-rows';
import { database, type Stored } from '../../../data/db';
import { ClockChips } from '../header/ClockChips';
import { Panel } from '../Panel';
import { ContactDialog } from './ContactDialog';
import { useUserNames } from '../use-user-names';

/** Every call, message, visit and notice on the case, newest first. */
export function ContactsPanel({
  record,
  clocks: all,
}: {
  record: CaseRecord;
  clocks: readonly SlaClock[];
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [adding, setAdding] = useState(false);
  // The dedicated advisor's first call and the weekly progress call run on this log.
  const clocks = all.filter(
    (c) => c.kind === 'advisor-first-contact' || c.kind === 'progress-call',
  );
  const contacts = useLiveQuery(
    async () => (await caseRowsOf(database, 'caseContacts', record.id)).sort((a, b) => b.at - a.at),
    [record.id],
    [],
  );
  const users = useUserNames();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const noticeText = (c: ContactRecord) =>
    t('caseWork.contacts.notice', {
      items: (c.notice?.items ?? [])
        .map((code) => (isMaterialCode(record.line, code) ? materialName(code, language) : code))
        .join(language === 'zh-CN' ? '、' : ', '),
    });
  return (
    <Panel
      title={t('caseWork.contacts.title')}
      testId="contacts"
      action={
        <Button size="small" variant="outlined" onClick={() => setAdding(true)}>
          {t('caseWork.contacts.add')}
        </Button>
      }
    >
      {clocks.length > 0 ? (
        <Stack sx={{ mb: 1 }}>
          <ClockChips clocks={clocks} testId="contact-clocks" />
        </Stack>
      ) : null}
      {contacts.length === 0 ? (
        <Typography color="text.secondary">{t('caseWork.contacts.none')}</Typography>
      ) : null}
      <List dense disablePadding sx={{ maxHeight: 360, overflow: 'auto' }}>
        {contacts.map((c: Stored<ContactRecord>) => (
          <ListItem key={c.id} disableGutters divider data-testid="contact">
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Chip size="small" label={t(`caseWork.contacts.channels.${c.channel}`)} />
                  <span>{c.notice ? noticeText(c) : c.outcome}</span>
                </Stack>
              }
              secondary={[
                users.get(c.authorId) ?? c.authorId,
                when.format(c.at),
                t(`caseWork.contacts.directions.${c.direction}`),
                c.nextStep ? `${t('caseWork.contacts.nextStep')}: ${c.nextStep}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
            {c.rowVersion === 0 ? (
              <Chip
                size="small"
                variant="outlined"
                color="warning"
                label={t('workspace.pending')}
              />
            ) : null}
          </ListItem>
        ))}
      </List>
      {adding ? <ContactDialog caseId={record.id} onClose={() => setAdding(false)} /> : null}
    </Panel>
  );
}
