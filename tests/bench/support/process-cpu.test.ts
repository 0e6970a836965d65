import { describe, expect, it } from 'vitest';
import { argvOf, cpuBetween, cpuMsOf, describeCpu, kindOf } from './process-cpu';

describe('kindOf', () => {
  const chromium = '/usr/lib/chromium/chromium';

  it('names Chromium processes by their type', () => {
    expect(kindOf([chromium, '--headless', '--user-data-dir=/tmp/p'], 10)).toBe('browser');
    expect(kindOf([chromium, '--type=renderer', '--lang=en-US'], 11)).toBe('renderer');
    expect(kindOf([chromium, '--type=gpu-process'], 12)).toBe('gpu');
    expect(
      kindOf([chromium, '--type=utility', '--utility-sub-type=network.mojom.NetworkService'], 13),
    ).toBe('network');
    expect(
      kindOf([chromium, '--type=utility', '--utility-sub-type=storage.mojom.StorageService'], 14),
    ).toBe('utility');
  });

  it('knows the service by its pid and ignores everything else', () => {
    expect(kindOf(['/usr/bin/node', 'out/server/main.js'], 20, 20)).toBe('service');
    expect(kindOf(['/usr/bin/node', 'out/server/main.js'], 21, 20)).toBeNull();
    expect(kindOf(['/usr/bin/bash'], 22)).toBeNull();
    expect(kindOf([''], 23)).toBeNull();
  });
});

describe('argvOf', () => {
  it('splits a command line at NULs', () => {
    expect(argvOf('/usr/bin/node\0out/server/main.js\0')).toEqual([
      '/usr/bin/node',
      'out/server/main.js',
    ]);
  });

  it('splits the one line a Chromium child rewrites its arguments into', () => {
    const argv = argvOf('/usr/lib/chromium/chromium --type=renderer --lang=en-US\0\0');
    expect(argv).toEqual(['/usr/lib/chromium/chromium', '--type=renderer', '--lang=en-US']);
    expect(kindOf(argv, 30)).toBe('renderer');
  });
});

describe('cpuMsOf', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
  const line = (comm: string) =>
    `4242 (${comm}) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 75 0 0 20 0 12 0 100 0 0`;

  it('adds user and system time', () => {
    expect(cpuMsOf(line('chromium'), 100)).toBe(3250);
    expect(cpuMsOf(line('chromium'), 250)).toBe(1300);
  });

  it('reads past a name holding spaces and parentheses', () => {
    expect(cpuMsOf(line('Web Content (x) y'), 100)).toBe(3250);
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => cpuMsOf('not a stat line', 100)).toThrow(/not a \/proc\/PID\/stat line/);
  });
});

describe('cpuBetween and describeCpu', () => {
  it('gives what each kind used meanwhile, largest first', () => {
    const used = cpuBetween(
      { renderer: 1000, browser: 500, service: 200 },
      { renderer: 9000, browser: 7500, service: 2200, network: 40 },
    );
    expect(used).toEqual([
      ['renderer', 8000],
      ['browser', 7000],
      ['service', 2000],
      ['network', 40],
    ]);
    expect(describeCpu(used, 10_000)).toBe(
      '17.0 s of CPU in 10.0 s (renderer 8.0, browser 7.0, service 2.0)',
    );
  });

  it('leaves out a process that ended meanwhile', () => {
    expect(cpuBetween({ renderer: 5000 }, { browser: 100 })).toEqual([['browser', 100]]);
  });
});
