import { zhCN } from '../../app/locales/zh-CN';
import type { SearchLabels } from './queue-search';

/** The reader's labels as the Chinese locale gives them, for tests. */
export const ZH_LABELS: SearchLabels = {
  line: zhCN.lines,
  state: zhCN.states,
  greenChannel: zhCN.queue.greenChannel,
  disaster: zhCN.queue.disaster,
};
