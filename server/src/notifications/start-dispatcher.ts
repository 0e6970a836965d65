import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import {
  DEFAULT_DISPATCH_OPTIONS,
  NotificationDispatcher,
  type DispatchOptions,
} from './dispatcher';
import {
  LogNotificationProvider,
  type NotificationLogger,
  type NotificationProvider,
} from './provider';
import { SqlNotificationStore } from './store';

export interface NotificationSetup {
  /** An SMS / WeChat / app-push gateway; the log provider when none is configured. */
  provider?: NotificationProvider;
  options?: Partial<DispatchOptions>;
}

/** The outbox dispatcher of one service instance, polling until stopped. */
export function startNotificationDispatcher(
  db: Kysely<Database>,
  log: NotificationLogger,
  setup: NotificationSetup = {},
): NotificationDispatcher {
  const dispatcher = new NotificationDispatcher(
    new SqlNotificationStore(db),
    setup.provider ?? new LogNotificationProvider(log),
    log,
    { ...DEFAULT_DISPATCH_OPTIONS, ...setup.options },
  );
  dispatcher.start();
  return dispatcher;
}
