// What the framework import screen makes of a preview: the items grouped per level in the framework's
// order, whether the file may be confirmed, and where each bad row is as a person looks for it. Pure.
import { FRAMEWORK_LEVELS } from '@rbm/shared';
import type { FrameworkImportPreview } from '@rbm/shared/schemas';

export type PreviewItem = FrameworkImportPreview['items'][number];
export type PreviewProblem = FrameworkImportPreview['problems'][number];
export type PreviewLevel = PreviewItem['level'];
type ItemChange = PreviewItem['change'];

/** The framework's levels, top down, as the workbook's sheets follow each other. */
export const LEVEL_ORDER = Object.keys(FRAMEWORK_LEVELS) as PreviewLevel[];
const PROBLEM_LEVELS: PreviewProblem['level'][] = ['file', ...LEVEL_ORDER, 'translations'];
const CHANGE_ORDER: ItemChange[] = ['new', 'changed', 'retired', 'unchanged'];

export interface LevelChanges {
  level: PreviewLevel;
  items: PreviewItem[];
  counts: Record<'new' | 'changed' | 'retired', number>;
}

/** One group per level with an item to add, change or retire; new first, then changed, then retired. */
export function changesByLevel(items: readonly PreviewItem[]): LevelChanges[] {
  return LEVEL_ORDER.flatMap((level) => {
    const mine = items
      .filter((item) => item.level === level && item.change !== 'unchanged')
      .sort(
        (a, b) =>
          CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change) ||
          a.code.localeCompare(b.code, 'en', { numeric: true }),
      );
    if (mine.length === 0) return [];
    const count = (change: ItemChange) => mine.filter((item) => item.change === change).length;
    return [
      {
        level,
        items: mine,
        counts: { new: count('new'), changed: count('changed'), retired: count('retired') },
      },
    ];
  });
}

/** Why the file may or may not be confirmed: bad rows block it; a file that changes nothing has nothing to do. */
export type ConfirmState = 'ready' | 'bad_rows' | 'nothing_to_import';

export function confirmState(preview: Pick<FrameworkImportPreview, 'counts' | 'plan'>): ConfirmState {
  const { counts } = preview;
  if (counts.bad > 0 || preview.plan === null) return 'bad_rows';
  return counts.new + counts.changed + counts.retired === 0 ? 'nothing_to_import' : 'ready';
}

/**
 * The sheet of a bad row as the file names it: the workbook's sheet (XLSX: "KPIs") or the document's array
 * (JSON: "kpis"); null for a problem of the whole file.
 */
export function problemSheet(
  problem: PreviewProblem,
  format: FrameworkImportPreview['format'],
): string | null {
  if (problem.level === 'file') return null;
  if (format === 'json') return problem.level;
  return problem.level === 'translations' ? 'Translations' : FRAMEWORK_LEVELS[problem.level];
}

/** Bad rows in the file's order: the whole file first, then sheet by sheet, row by row. */
export function sortedProblems(problems: readonly PreviewProblem[]): PreviewProblem[] {
  return [...problems].sort(
    (a, b) =>
      PROBLEM_LEVELS.indexOf(a.level) - PROBLEM_LEVELS.indexOf(b.level) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}
