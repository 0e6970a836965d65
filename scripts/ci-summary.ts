import { summaryLine, totalTally } from './lib/reports';

/** Prints the one line CI reads: every runner's results summed. A missing report counts as a failure. */
const { total, missing } = totalTally();
for (const name of missing) console.log(`(no ${name} report: counted as one failure)`);
console.log(summaryLine({ ...total, failed: total.failed + missing.length }));
