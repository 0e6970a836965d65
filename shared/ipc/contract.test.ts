import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, isIpcChannel } from './channels';
import { ipcContract } from './contract';

describe('IPC contract', () => {
  it('declares exactly the channels the preload allows', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('declares the outbox journal channels', () => {
    expect(IPC_CHANNELS).toEqual(
      expect.arrayContaining(['journal:append', 'journal:acknowledge', 'journal:pending']),
    );
  });

  it('does not recognise a channel it does not declare', () => {
    expect(isIpcChannel('app:info')).toBe(true);
    expect(isIpcChannel('shell:exec')).toBe(false);
    expect(isIpcChannel(42)).toBe(false);
  });
});
