// Reading one row of the recommendations sheet: each cell checked, each problem named with its cell and
// reason. Pure: the responsible unit and the links' codes are checked against the plan by the import service.
import {
  ACCEPTANCES,
  ADDRESSEES,
  IMPLEMENTATIONS,
  OVERSIGHT_BODIES,
  RECOMMENDATION_PRIORITIES,
} from '@rbm/shared/rbm';
import type { RECOMMENDATION_SHEET_HEADERS } from '@rbm/shared/schemas';
import { type RecommendationImportProblem } from '@rbm/shared/schemas';
import type { SheetFacts } from './recommendation-export.service.ts';

export type Header = (typeof RECOMMENDATION_SHEET_HEADERS)[number];
type ProblemCode = RecommendationImportProblem['code'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LINK = /^https?:\/\/\S+$/;

const realDay = (text: string) =>
  DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
export const codeList = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** The spreadsheet name of a column (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const oneOf = (values: readonly string[], text: string) => values.includes(text);

/**
 * The row's facts, or the problems of its cells. `get` reads a column's text, `cell` names its cell.
 */
export function readRow(
  get: (header: Header) => string,
  problem: (header: Header, code: ProblemCode, message: string) => void,
): SheetFacts | null {
  let bad = false;
  const fail = (header: Header, code: ProblemCode, message: string) => {
    bad = true;
    problem(header, code, message);
  };
  const body = get('Body');
  if (!oneOf(OVERSIGHT_BODIES, body)) {
    fail('Body', 'body_unknown', `Body "${body}" is not one of ${OVERSIGHT_BODIES.join(', ')}`);
  }
  const reportRef = get('Report');
  if (reportRef === '' || reportRef.length > 100) {
    fail('Report', 'reference_invalid', 'The report reference is required (at most 100 characters)');
  }
  const number = get('Number');
  if (number === '' || number.length > 20) {
    fail('Number', 'reference_invalid', 'The number in the report is required (at most 20 characters)');
  }
  const reportDate = get('Report date');
  if (!realDay(reportDate)) {
    fail('Report date', 'date_invalid', `"${reportDate}" is not a day written YYYY-MM-DD`);
  }
  const text = get('Text');
  if (text === '' || text.length > 5000) {
    fail('Text', 'text_missing', 'The text is required (at most 5000 characters)');
  }
  const addressee = get('Addressee');
  if (!oneOf(ADDRESSEES, addressee)) {
    fail('Addressee', 'addressee_unknown', `Addressee "${addressee}" is not one of ${ADDRESSEES.join(', ')}`);
  }
  const priority = get('Priority');
  if (!oneOf(RECOMMENDATION_PRIORITIES, priority)) {
    const choices = RECOMMENDATION_PRIORITIES.join(', ');
    fail('Priority', 'priority_unknown', `Priority "${priority}" is not one of ${choices}`);
  }
  const sector = get('Responsible unit');
  const acceptance = get('Acceptance');
  if (!oneOf(ACCEPTANCES, acceptance)) {
    const choices = ACCEPTANCES.join(', ');
    fail('Acceptance', 'acceptance_unknown', `Acceptance "${acceptance}" is not one of ${choices}`);
  }
  const implementation = get('Implementation');
  if (!oneOf(IMPLEMENTATIONS, implementation)) {
    const choices = IMPLEMENTATIONS.join(', ');
    fail(
      'Implementation',
      'implementation_unknown',
      `Implementation "${implementation}" is not one of ${choices}`,
    );
  }
  const targetDate = get('Target date');
  if (targetDate !== '' && !realDay(targetDate)) {
    fail(
      'Target date',
      'date_invalid',
      `"${targetDate}" is not a day written YYYY-MM-DD (or leave it empty)`,
    );
  }
  const evidence = codeList(get('Evidence'));
  const badLink = evidence.find((link) => !LINK.test(link) || link.length > 500);
  if (badLink !== undefined || evidence.length > 20 || new Set(evidence).size !== evidence.length) {
    const what = badLink === undefined ? 'at most 20 different links' : `"${badLink}" is not an http(s) link`;
    fail('Evidence', 'evidence_invalid', `Evidence: ${what}, separated by spaces`);
  }
  const note = get('Note');
  if (note.length > 2000) fail('Note', 'note_too_long', 'The note is at most 2000 characters');
  const links = {
    priorities: codeList(get('Priorities')),
    kpis: codeList(get('KPIs')),
    risks: codeList(get('Risks')),
  };
  if (bad) return null;
  return {
    body,
    reportRef,
    reportDate,
    number,
    text,
    addressee,
    priority,
    sector,
    ...links,
    status: {
      acceptance: acceptance as SheetFacts['status']['acceptance'],
      implementation: implementation as SheetFacts['status']['implementation'],
      targetDate: targetDate === '' ? null : targetDate,
      evidence,
      note: note === '' ? null : note,
    },
  };
}
