import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Calls `onIdle` once no input has reached the window for `timeoutMs`.
 * Checked on an interval against the clock rather than with one long timer,
 * so a laptop waking from sleep locks at once instead of a full timeout later.
 */
export function useIdleTimeout(timeoutMs: number, onIdle: () => void, active: boolean): void {
  const lastActivity = useRef(Date.now());
  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current >= timeoutMs) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, touch);
      clearInterval(timer);
    };
  }, [timeoutMs, onIdle, active]);
}
