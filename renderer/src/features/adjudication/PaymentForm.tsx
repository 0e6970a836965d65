import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord, PaymentRecord } from '@shared/sync/records';
import { useSync } from '../../sync/sync-context';
import { PayeeFields, payeeComplete, type Payee } from './PayeeFields';

type Kind = PaymentRecord['kind'];

/** Records money paid out; amounts are typed in yuan and sent as fen. */
export function PaymentForm({ record, kinds }: { record: CaseRecord; kinds: Kind[] }) {
  const { t } = useTranslation();
  const { queue } = useSync();
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'settlement');
  const [amount, setAmount] = useState('');
  const [payee, setPayee] = useState<Payee>({ name: record.customer.name, account: '' });
  const amountValid = /^\d+(\.\d{1,2})?$/.test(amount) && Number(amount) > 0;

  const pay = async () => {
    await queue('payment.record', {
      paymentId: uuidv7(),
      caseId: record.id,
      kind,
      amountFen: Math.round(Number(amount) * 100),
      payeeName: payee.name.trim(),
      payeeAccount: payee.account,
    });
    setAmount('');
  };

  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={1}
      sx={{ alignItems: 'flex-start', mt: 1 }}
      data-testid="payment-form"
    >
      <TextField
        select
        size="small"
        label={t('adjudication.paymentKindLabel')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        sx={{ minWidth: 150 }}
      >
        {kinds.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`adjudication.paymentKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('adjudication.paymentAmount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value.trim())}
        error={amount !== '' && !amountValid}
        sx={{ width: 150 }}
      />
      <PayeeFields value={payee} onChange={setPayee} />
      <Button
        variant="outlined"
        disabled={!amountValid || !payeeComplete(payee)}
        onClick={() => void pay()}
      >
        {t('adjudication.recordPayment')}
      </Button>
    </Stack>
  );
}
