import { explainTally, summaryLine, totalTally } from './lib/reports';

/** Prints the one line CI reads: every runner's results summed. A missing report counts as a failure. */
const { total, missing, failedRunners } = totalTally();
for (const line of explainTally(missing, failedRunners)) console.log(line);
console.log(summaryLine({ ...total, failed: total.failed + missing.length }));
