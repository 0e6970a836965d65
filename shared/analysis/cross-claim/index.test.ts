import { describe, expect, it } from 'vitest';
import { CrossClaimIndex } from './index';
import { claim, DAY, invoicePrint, photoPrint, T0 } from './test-fixtures';

describe('CrossClaimIndex', () => {
  it('judges each print against the prints added before it', () => {
    const index = new CrossClaimIndex();
    const first = invoicePrint('doc-a', 'a', '87654321', T0);
    expect(index.judgePrint(first)).toEqual([]);
    index.addPrint(first);
    index.addPrint(photoPrint('photo-a', 'a', '00000000ffffffff', T0));
    const kinds = [
      ...index.judgePrint(invoicePrint('doc-b', 'b', '87654321', T0 + DAY)),
      ...index.judgePrint(photoPrint('photo-b', 'b', '00000000fffffffe', T0 + DAY)),
    ].map((f) => f.kind);
    expect(kinds).toEqual(['duplicate-invoice-number', 'duplicate-photo']);
  });

  it('compares amounts within line and region when there are enough peers, else the whole line', () => {
    const index = new CrossClaimIndex();
    for (let i = 0; i < 30; i++)
      index.addClaim(claim(`sh${i}`, { claimedFen: 3_000_000 + i * 50_000, region: '上海市' }));
    for (let i = 0; i < 5; i++)
      index.addClaim(claim(`gz${i}`, { claimedFen: 3_000_000 + i * 50_000, region: '广州市' }));
    const shanghai = claim('sh-big', { claimedFen: 40_000_000, region: '上海市' });
    const guangzhou = claim('gz-big', { claimedFen: 40_000_000, region: '广州市' });
    index.addClaim(shanghai);
    index.addClaim(guangzhou);
    expect(index.judgeClaim(shanghai)[0]?.evidence['peerScope']).toBe('line-region');
    expect(index.judgeClaim(guangzhou)[0]?.evidence['peerScope']).toBe('line');
    expect(index.judgeClaim(claim('sh1', { claimedFen: 3_050_000 }))).toEqual([]);
  });

  it('counts a party’s claims for a run of repeat claims', () => {
    const index = new CrossClaimIndex();
    const run = [0, 5, 10].map((d, i) =>
      claim(`r${i}`, { customerId: 'same', reportedAt: T0 + d * DAY }),
    );
    for (const c of run) index.addClaim(c);
    expect(index.judgeClaim(run[0] ?? claim('x')).map((f) => f.kind)).toEqual([
      'many-claims-same-party',
    ]);
  });
});
