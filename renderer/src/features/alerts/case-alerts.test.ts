import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../queue/queue-row';
import { caseAlerts } from './case-alerts';

const clock = { label: { 'zh-CN': '专属顾问首次联系', en: 'Advisor first contact' } };
const row = (id: string, overrides: Partial<QueueRow>): QueueRow =>
  ({
    id,
    caseNumber: `CLM-${id}`,
    assigneeId: 'me',
    open: true,
    slaState: 'ok',
    clock,
    ...overrides,
  }) as QueueRow;

describe('case alerts', () => {
  it('says nothing on the first look', () => {
    expect(caseAlerts(null, [row('1', {})], 'me', 'en').alerts).toEqual([]);
  });

  it('tells me of a case newly assigned to me, and of my deadlines turning at risk or overdue', () => {
    const { seen } = caseAlerts(
      null,
      [row('1', {}), row('2', { assigneeId: 'other' }), row('3', { slaState: 'at-risk' })],
      'me',
      'en',
    );
    const { alerts } = caseAlerts(
      seen,
      [
        row('1', { slaState: 'at-risk' }),
        row('2', {}),
        row('3', { slaState: 'breached' }),
        row('4', { assigneeId: 'other', slaState: 'breached' }),
      ],
      'me',
      'en',
    );
    expect(alerts).toEqual([
      { kind: 'at-risk', caseId: '1', caseNumber: 'CLM-1', clock: 'Advisor first contact' },
      { kind: 'assigned', caseId: '2', caseNumber: 'CLM-2' },
      { kind: 'breached', caseId: '3', caseNumber: 'CLM-3', clock: 'Advisor first contact' },
    ]);
  });

  it('does not repeat an alert for a state already seen', () => {
    const { seen } = caseAlerts(null, [row('1', { slaState: 'at-risk' })], 'me', 'en');
    expect(caseAlerts(seen, [row('1', { slaState: 'at-risk' })], 'me', 'en').alerts).toEqual([]);
  });
});
