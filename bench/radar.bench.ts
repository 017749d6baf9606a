// The duplication radar on its labelled set: the demo activities (fixtures/demo-activities.ts, with planted
// near-duplicates, some in different languages) and the Strategic Plan 2024-2027's KPIs tagged with themes
// (names and definitions in the languages the fixtures hold). Prints precision and recall against the planted
// pairs; goal: every planted pair found, at most one false candidate per five true (precision >= 5/6).
import { DEMO_ACTIVITIES, RADAR_LABELLED_DUPLICATES } from '../fixtures/demo-activities.ts';
import { readFramework } from '../fixtures/shipped.ts';
import {
  activitySubject,
  findCandidates,
  kpiSubject,
  RADAR_THRESHOLDS,
} from '../server/src/modules/themes/radar-candidates.ts';

const GOAL_PRECISION = 5 / 6;

export async function run(): Promise<void> {
  const plan = readFramework('SP-2024-2027.json');
  const sectorOf = new Map(plan.priorities.map((p) => [p.code, p.unit]));
  const kpis = plan.kpis.filter((k) => k.themes.length > 0);
  const subjects = [
    ...kpis.map((k) =>
      kpiSubject(
        `kpi:${k.code}`,
        {
          code: k.code,
          unit: sectorOf.get(k.priority ?? '') ?? '?',
          themes: k.themes,
        },
        Object.entries(k.name).flatMap(([language, name]) =>
          name ? [{ language, name, definition: k.definition?.[language as 'en'] ?? null }] : [],
        ),
      ),
    ),
    ...DEMO_ACTIVITIES.map((a) => activitySubject(`activity:${a.code}`, a)),
  ];
  const started = process.cpuUsage();
  const candidates = findCandidates(
    subjects,
    plan.themes.map((t) => t.code),
  );
  const cpu = process.cpuUsage(started);
  const truth = new Set(RADAR_LABELLED_DUPLICATES.map(([a, b]) => [a, b].sort().join('|')));
  const found = candidates.map((c) => [c.a.code, c.b.code].sort().join('|'));
  const truePositives = found.filter((pair) => truth.has(pair));
  const falsePositives = candidates.filter((c) => !truth.has([c.a.code, c.b.code].sort().join('|')));
  const missed = [...truth].filter((pair) => !found.includes(pair));
  const precision = found.length === 0 ? 1 : truePositives.length / found.length;
  const recall = truePositives.length / truth.size;
  console.log(
    `subjects ${subjects.length} (${kpis.length} KPIs, ${DEMO_ACTIVITIES.length} activities), thresholds ${JSON.stringify(RADAR_THRESHOLDS)}`,
  );
  console.log(`candidates ${found.length}: true ${truePositives.length}, false ${falsePositives.length}`);
  console.log(
    `precision ${precision.toFixed(3)} (goal >= ${GOAL_PRECISION.toFixed(3)}), recall ${recall.toFixed(3)} (goal 1.000)`,
  );
  for (const c of falsePositives)
    console.log(`  false: ${c.a.code} ~ ${c.b.code} ${c.score} ${c.reasons.join(' ')}`);
  for (const c of candidates.filter((x) => truth.has([x.a.code, x.b.code].sort().join('|'))))
    console.log(`  true: ${c.a.code} ~ ${c.b.code} ${c.score} sim ${c.similarity} ${c.reasons.join(' ')}`);
  for (const pair of missed) console.log(`  missed: ${pair}`);
  console.log(`cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms`);
  if (recall < 1 || precision < GOAL_PRECISION) process.exitCode = 1;
}
