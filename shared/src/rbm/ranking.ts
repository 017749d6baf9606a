// Rankings a retreat can defend: standard competition ranking (1, 1, 3) on the value people see, and no rank
// for a group whose figure stands on too few KPIs.

/** A group needs at least this many rated KPIs behind its figure to be ranked; fewer are listed apart. */
export const MIN_KPIS_TO_RANK = 3;

/**
 * The value a rank compares: a share as the screen prints it, in whole percent. Two groups both shown at
 * 94 % are equal, whatever their third decimal, so the rank never contradicts the figures beside it.
 */
export function displayedShare(value: number): number {
  const percent = Math.round(value * 100);
  return percent === 0 ? 0 : percent;
}

export interface RankInput {
  /** A share (0..1 usually); null when the group has none. */
  value: number | null;
  /** Rated KPIs behind the value. */
  kpiCount: number;
}

/**
 * Standard competition ranks, highest first, comparing the displayed (whole-percent) value: equal values share
 * a rank and the next rank skips (1, 1, 3). Groups with a value but fewer than `minKpis` KPIs, and groups
 * without a value, get null: they are listed apart, not ranked. Ranks are positional with the input.
 */
export function competitionRanks(
  inputs: readonly RankInput[],
  minKpis: number = MIN_KPIS_TO_RANK,
): Array<number | null> {
  const ranked = inputs.map((input) =>
    input.value !== null && Number.isFinite(input.value) && input.kpiCount >= minKpis
      ? displayedShare(input.value)
      : null,
  );
  const scores = ranked.filter((v): v is number => v !== null);
  return ranked.map((v) => (v === null ? null : 1 + scores.filter((other) => other > v).length));
}
