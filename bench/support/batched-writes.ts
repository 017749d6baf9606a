// Sequential batches of 1,000 cells through POST /api/values/batch, each cell at the version it holds:
// shared by the writes and scale benches.
import type { BenchServer } from './bench-server.ts';
import { OPEN_QUARTER } from './large-dataset.ts';

export const BATCH_CELLS = 1000;
export const BATCHES = 10;
/**
 * Batches sent first and not counted, as many as are counted (the PUTs' rule): a batch's own code runs once
 * per request, and in one server V8 was still tiering it up through the first ten or so (on 7 December the
 * first took 170-220 ms, the next two 70-115 ms, and from about the seventh on mostly 35-50 ms). The first
 * three are printed beside the figure.
 */
export const WARM_UP_BATCHES = BATCHES;
/** The first batches whose times are printed: what a planner's first pastes to a new server take. */
const FIRST_SHOWN = 3;

export interface Slot {
  id: number;
  region: string | null;
}

/** Cells per second for sequential batches of 1,000 cells, or why there is no figure. */
export async function batchedWrites(
  server: BenchServer,
  auth: Record<string, string>,
  slots: readonly Slot[],
  versions: number[],
  first: number,
): Promise<{ text: string; errors: number }> {
  let elapsed = 0;
  let cells = 0;
  let errors = 0;
  let cpuBefore = 0;
  const firstMs: number[] = [];
  // The batches take the slots from `first` on, wrapping round within them (the slots before `first` may
  // have been written by concurrent PUTs, at versions this bench does not know for sure).
  if (slots.length - first < BATCH_CELLS)
    return { text: `fewer than ${BATCH_CELLS} slots left for a batch`, errors: 0 };
  // The connection opened first and this process's fetch started (19-40 ms, once per process), with a
  // signed-in request: a planner has loaded the grid before pasting into it.
  await (await fetch(`${server.url}/api/health`, { headers: auth })).text();
  // The first batches warm the server up (its code compiled by V8's JIT, as in a server that has run a
  // while): not counted.
  for (let b = 0; b < WARM_UP_BATCHES + BATCHES; b++) {
    const counted = b >= WARM_UP_BATCHES;
    if (b === WARM_UP_BATCHES) cpuBefore = (await server.usage()).cpu;
    const indexes = Array.from(
      { length: BATCH_CELLS },
      (_, i) => first + ((b * BATCH_CELLS + i) % (slots.length - first)),
    );
    const body = {
      cells: indexes.map((s) => {
        const slot = slots[s] as Slot;
        return {
          kpiId: slot.id,
          period: OPEN_QUARTER,
          ...(slot.region ? { region: slot.region } : {}),
          value: 70.5 + b,
          version: versions[s],
        };
      }),
    };
    const started = performance.now();
    const response = await fetch(`${server.url}/api/values/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body),
    });
    const answer = await response.text();
    const ms = performance.now() - started;
    if (counted) elapsed += ms;
    if (b < FIRST_SHOWN) firstMs.push(ms);
    if (response.status === 404) return { text: 'batch endpoint not available in this build', errors };
    if (response.status !== 200)
      return { text: `batch answered ${response.status}: ${answer.slice(0, 120)}`, errors };
    const { results } = JSON.parse(answer) as {
      results: { index: number; status: number; value?: { version: number } }[];
    };
    // the version each cell now holds, as answered: a cell given its stored value is not written again
    for (const result of results) {
      const s = indexes[result.index] as number;
      if (result.status < 300 && result.value) versions[s] = result.value.version;
      else errors += 1;
    }
    if (counted) cells += BATCH_CELLS;
  }
  const cpuUs = ((await server.usage()).cpu - cpuBefore) / cells;
  return {
    text:
      `${Math.round(cells / (elapsed / 1000))} cells/s (${cpuUs.toFixed(0)} µs CPU/cell; ` +
      `the first ${FIRST_SHOWN} batches ${firstMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    errors,
  };
}
