import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Bank account numbers as the service accepts them: 12 to 30 digits, spaces dropped while typing. */
export const isAccountNumber = (account: string) => /^\d{12,30}$/.test(account);

export interface Payee {
  name: string;
  account: string;
}

/** Who is paid: a name and the account, checked as typed. */
export function PayeeFields({ value, onChange }: { value: Payee; onChange: (p: Payee) => void }) {
  const { t } = useTranslation();
  const invalid = value.account !== '' && !isAccountNumber(value.account);
  return (
    <>
      <TextField
        size="small"
        label={t('adjudication.payeeName')}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
      />
      <TextField
        size="small"
        label={t('adjudication.payeeAccount')}
        value={value.account}
        onChange={(e) => onChange({ ...value, account: e.target.value.replace(/\s/g, '') })}
        error={invalid}
        helperText={invalid ? t('adjudication.accountInvalid') : ' '}
        sx={{ minWidth: 260 }}
      />
    </>
  );
}

export const payeeComplete = (p: Payee) => isAccountNumber(p.account) && p.name.trim() !== '';
