// A fresh process's first read of a plan's rows, its connection included: the five queries of
// raw-costs.ts, once, as a server that has just started reads them for its first dashboard. Forked by
// coldRead (raw-costs.ts) with the database's location and the plan's code (RBM_COLD_READ_JSON=1: the values
// as JSON text, as the server reads them on SQLite); it sends back what it took.
import type { DatabaseLocation } from '../../server/src/config.ts';
import { readPlanRowsOnce } from './raw-costs.ts';

const location = JSON.parse(process.env.RBM_COLD_READ_LOCATION ?? 'null') as DatabaseLocation | null;
const planCode = process.env.RBM_COLD_READ_PLAN;
if (!location || !planCode) throw new Error('cold-read needs RBM_COLD_READ_LOCATION and RBM_COLD_READ_PLAN');
const read = await readPlanRowsOnce(location, planCode, process.env.RBM_COLD_READ_JSON === '1');
process.send?.(read, () => process.exit(0));
