import { createContext, useContext, type ReactNode } from 'react';
import { useQueueRowsSource, type QueueState } from './queue-rows-source';

const QueueRowsContext = createContext<QueueState | null>(null);

/**
 * One judged list of the user's cases for the whole signed-in app: the
 * queue, the supervisor's console and the alerts read the same rows, so
 * 100,000 cases are judged once, not once per screen.
 */
export function QueueRowsProvider({ children }: { children: ReactNode }) {
  const state = useQueueRowsSource();
  return <QueueRowsContext.Provider value={state}>{children}</QueueRowsContext.Provider>;
}

export function useQueueRows(): QueueState {
  const state = useContext(QueueRowsContext);
  if (!state) throw new Error('useQueueRows must be used inside QueueRowsProvider');
  return state;
}
