import { describe, expect, it } from 'vitest';
import type { CellText } from './queue-cell-text';
import { queueCsv } from './queue-csv';
import type { QueueRow } from './queue-row';

const row = (over: Partial<QueueRow>): QueueRow =>
  ({
    caseNumber: 'RPT-1',
    customerName: '张*',
    claimedFen: 1234567,
    clock: undefined,
    ...over,
  }) as QueueRow;

const text: Record<string, CellText> = {
  caseNumber: (r) => r.caseNumber,
  customerName: (r) => r.customerName,
  claimedFen: () => '¥12,345.67',
};

describe('queue CSV', () => {
  it('writes the given columns in order, amounts as plain yuan, with a byte-order mark', () => {
    const csv = queueCsv(
      [row({}), row({ caseNumber: 'RPT-2', claimedFen: 50 })],
      [
        { colId: 'claimedFen', header: '报案金额' },
        { colId: 'caseNumber', header: '案件号' },
      ],
      text,
      'zh-CN',
    );
    expect(csv).toBe('\uFEFF报案金额,案件号\r\n12345.67,RPT-1\r\n0.50,RPT-2\r\n');
  });

  it('quotes values holding commas, quotes or line breaks', () => {
    const csv = queueCsv(
      [row({ customerName: 'Acme, "Ltd"\nBranch' })],
      [{ colId: 'customerName', header: 'Customer' }],
      text,
      'en',
    );
    expect(csv).toBe('\uFEFFCustomer\r\n"Acme, ""Ltd""\nBranch"\r\n');
  });

  it('writes the deadline as a countdown with the clock name', () => {
    const clock = { remainingMs: -2 * 3_600_000, label: { 'zh-CN': '结案时限', en: 'Settlement' } };
    const csv = queueCsv(
      [row({ clock } as unknown as Partial<QueueRow>)],
      [{ colId: 'sla', header: 'SLA' }],
      text,
      'en',
    );
    expect(csv).toBe('\uFEFFSLA\r\n2 h 0 min overdue · Settlement\r\n');
  });
});
