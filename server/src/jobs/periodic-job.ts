export interface JobLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface PeriodicJob<R> {
  /** One run now; a run already under way is joined, not doubled. */
  runOnce(): Promise<R>;
  /** Stops the timer, tells a run in progress to stop, and waits for it, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `everyMs` while the service runs (never when it is 0).
 * The first run waits one interval, so starting the service stays quick.
 * A failed run is logged and the next interval tries again (the database
 * may be restarting). `nextDelayMs` may ask for the next run sooner, e.g.
 * while a backlog lasts.
 */
export function startPeriodicJob<R>(options: {
  name: string;
  everyMs: number;
  log: JobLogger;
  run: (signal: AbortSignal) => Promise<R>;
  /** What a run did, worth logging; null to log nothing. */
  describe: (result: R) => Record<string, unknown> | null;
  nextDelayMs?: (result: R) => number;
}): PeriodicJob<R> {
  const { everyMs, log, name } = options;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<R> | null = null;

  const runOnce = () => {
    running ??= options.run(stopping.signal).finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = (delay: number) => {
    if (stopping.signal.aborted || everyMs <= 0) return;
    timer = setTimeout(() => {
      runOnce()
        .then((result) => {
          const fields = options.describe(result);
          if (fields) log.info(fields, name);
          schedule(options.nextDelayMs?.(result) ?? everyMs);
        })
        .catch((error: unknown) => {
          log.warn(
            { error: error instanceof Error ? error.message : String(error) },
            `${name} failed`,
          );
          schedule(everyMs);
        });
    }, delay);
    timer.unref();
  };

  schedule(everyMs);
  return {
    runOnce,
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
