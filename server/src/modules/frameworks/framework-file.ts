// Reads an uploaded framework file (JSON document or XLSX workbook) into a framework document, with every
// problem found on the way named by sheet, row, column and code. Nothing here touches the database.
import { FRAMEWORK_LEVELS, frameworkProblems, type FrameworkLevel, type FrameworkProblem } from '@rbm/shared';
import { FrameworkDocumentSchema, type FrameworkDocument } from '@rbm/shared/schemas';
import { Value } from 'typebox/value';
import { badRequest } from '../../errors.ts';
import { readFrameworkWorkbook } from './framework-workbook-read.ts';

/** More rows than this in one file is refused: a plan has hundreds of items, not tens of thousands. */
export const FRAMEWORK_MAX_ROWS = 50_000;

export interface FrameworkFile {
  format: 'json' | 'xlsx';
  document: FrameworkDocument | null;
  problems: FrameworkProblem[];
}

function formatOf(fileName: string, content: Buffer): 'json' | 'xlsx' {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const zipped = content.length >= 4 && content.readUInt32LE(0) === 0x04034b50; // "PK\3\4"
  if (extension === 'xlsx' && zipped) return 'xlsx';
  if (extension === 'json' && !zipped) return 'json';
  throw badRequest(
    'file_type_unsupported',
    `${fileName} is not a framework file: export one as JSON (.json) or Excel workbook (.xlsx)`,
  );
}

/** The row of an item: its place in its array (JSON from 1; XLSX rows start under the header, at 2). */
function rowOf(document: unknown, level: string, index: number, format: 'json' | 'xlsx'): number | null {
  if (level === 'plan') return format === 'xlsx' ? 2 : null;
  const items = (document as Record<string, unknown>)[level];
  if (!Array.isArray(items) || index < 0) return null;
  return index + (format === 'xlsx' ? 2 : 1);
}

/** Shape errors (a missing field, an unknown language or status, text where a number goes) as problems. */
function shapeProblems(candidate: unknown, format: 'json' | 'xlsx'): FrameworkProblem[] {
  return [...Value.Errors(FrameworkDocumentSchema, candidate)].slice(0, 500).map((error) => {
    const path = error.instancePath.split('/').filter(Boolean);
    const [first, second, ...rest] = path;
    const level = (first && first in FRAMEWORK_LEVELS ? first : 'file') as FrameworkLevel | 'file';
    const index = level === 'plan' || second === undefined ? -1 : Number(second);
    const item =
      level === 'file' || level === 'plan' || Number.isNaN(index)
        ? undefined
        : ((candidate as Record<string, Array<{ code?: unknown }>>)[level]?.[index] ?? undefined);
    const column = (level === 'plan' ? [second, ...rest] : rest).filter(Boolean).join('.') || null;
    return {
      level,
      code: typeof item?.code === 'string' ? item.code : null,
      row: level === 'file' ? null : rowOf(candidate, level, index, format),
      column,
      reason: 'invalid_value',
      message: `${(column ?? path.join('.')) || 'The document'}: ${error.message}`,
    };
  });
}

/** Places the rule problems of a sound document on their rows (the last item with the code: a duplicate). */
function placed(document: FrameworkDocument, problems: FrameworkProblem[], format: 'json' | 'xlsx') {
  return problems.map((problem) => {
    if (problem.level === 'file' || problem.level === 'translations') return problem;
    if (problem.level === 'plan') return { ...problem, row: rowOf(document, 'plan', 0, format) };
    const items = document[problem.level] as Array<{ code: string }>;
    const index = items.map((i) => i.code).lastIndexOf(problem.code ?? '');
    return { ...problem, row: rowOf(document, problem.level, index, format) };
  });
}

export async function readFrameworkFile(
  fileName: string,
  content: Buffer,
  statistics: ReadonlySet<string>,
): Promise<FrameworkFile> {
  const format = formatOf(fileName, content);
  let candidate: unknown;
  let problems: FrameworkProblem[] = [];
  if (format === 'json') {
    try {
      candidate = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      throw badRequest('file_unreadable', `${fileName} is not valid JSON: export the framework again`);
    }
    const rows = Object.values(FRAMEWORK_LEVELS).length;
    const count = Object.keys(FRAMEWORK_LEVELS).reduce((n, level) => {
      const items = (candidate as Record<string, unknown> | null)?.[level];
      return n + (Array.isArray(items) ? items.length : 0);
    }, rows);
    if (count > FRAMEWORK_MAX_ROWS) return { format, document: null, problems: [tooMany(count)] };
  } else {
    const read = await readFrameworkWorkbook(content, FRAMEWORK_MAX_ROWS);
    candidate = read.candidate;
    problems = read.problems;
    if (problems.some((p) => p.reason === 'too_many_rows' || p.reason === 'sheet_missing')) {
      return { format, document: null, problems };
    }
  }
  const shape = shapeProblems(candidate, format);
  if (shape.length > 0) return { format, document: null, problems: [...problems, ...shape] };
  const document = candidate as FrameworkDocument;
  return {
    format,
    document,
    problems: [...problems, ...placed(document, frameworkProblems(document, statistics), format)],
  };
}

export function tooMany(count: number): FrameworkProblem {
  return {
    level: 'file',
    code: null,
    row: null,
    column: null,
    reason: 'too_many_rows',
    message: `The file has ${count} rows, more than ${FRAMEWORK_MAX_ROWS}: a framework has hundreds of items; check it is the right file`,
  };
}
