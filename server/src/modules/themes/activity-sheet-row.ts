// One row of the activities sheet: an activity's cells as exported, and the reading of an edited row into an
// activity's body or the first problem in it (the column and the reason), checked against the known units,
// regions and themes. The import (activity-sheet.service.ts) adds the scope, the changes and the writes.
import { LANGUAGES } from '@rbm/shared';
import {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityBody,
  type ActivityImportProblemCode,
  type ActivityKind,
} from '@rbm/shared/schemas';
import { unescapeText, type Table } from '../imports/spreadsheet.ts';

export const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const realDay = (text: string) =>
  DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const codes = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
const PARTNER_SEPARATOR = '; ';
const partnersOf = (text: string) =>
  text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
export const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : unescapeText(String(cell).trim());
export const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);

// columns by position in ACTIVITY_SHEET_HEADERS
export const [CODE_AT, KIND, UNIT, REGION, START, END, THEMES, OTHERS, PARTNERS, TEXTS] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];

export function cellsOf(body: ActivityBody, compared = false): string[] {
  // compared: the links as sets (the database keeps no order of its own for them)
  const order = (list: string[]) => (compared ? [...list].sort() : list);
  return [
    body.code,
    body.kind,
    body.unit,
    body.region ?? '',
    body.startDate,
    body.endDate,
    order(body.themes).join(', '),
    order(body.participants).join(', '),
    body.partners.join(PARTNER_SEPARATOR),
    ...LANGUAGES.flatMap((l) => [body.texts[l]?.title ?? '', body.texts[l]?.description ?? '']),
  ];
}

export const bodyOf = (a: Activity): ActivityBody => ({
  code: a.code,
  kind: a.kind,
  unit: a.unit,
  region: a.region,
  startDate: a.startDate,
  endDate: a.endDate,
  texts: a.texts,
  themes: a.themes,
  partners: a.partners,
  participants: a.participants,
});

/** One row's body, or the first problem found in it (column position and code). */
export function readRow(
  values: readonly string[],
  known: { units: string[]; regions: string[]; themes: string[] },
): ActivityBody | { at: number; code: ActivityImportProblemCode; message: string } {
  const bad = (at: number, code: ActivityImportProblemCode, message: string) => ({ at, code, message });
  const v = (i: number) => values[i] ?? '';
  if (!CODE.test(v(CODE_AT))) {
    return bad(CODE_AT, 'code_invalid', `Code "${v(CODE_AT)}" must be 1-40 letters, digits, dots or dashes`);
  }
  if (!(ACTIVITY_KINDS as readonly string[]).includes(v(KIND))) {
    return bad(KIND, 'kind_unknown', `Kind "${v(KIND)}" is not one of ${ACTIVITY_KINDS.join(', ')}`);
  }
  if (!known.units.includes(v(UNIT))) {
    return bad(UNIT, 'unit_unknown', `No unit "${v(UNIT)}" (${known.units.join(', ')})`);
  }
  if (v(REGION) !== '' && !known.regions.includes(v(REGION))) {
    return bad(
      REGION,
      'region_unknown',
      `No region "${v(REGION)}" (${known.regions.join(', ')}; empty: global)`,
    );
  }
  for (const at of [START, END]) {
    if (!realDay(v(at))) return bad(at, 'date_invalid', `"${v(at)}" is not a day (YYYY-MM-DD)`);
  }
  if (v(END) < v(START)) {
    return bad(END, 'end_before_start', `The last day (${v(END)}) is before the first (${v(START)})`);
  }
  const named = new Set(codes(v(THEMES)).map((c) => c.toUpperCase()));
  const themes = known.themes.filter((c) => named.has(c)); // in the themes' own order
  const unknownThemes = [...named].filter((c) => !known.themes.includes(c));
  if (themes.length === 0 || unknownThemes.length > 0) {
    const message =
      themes.length === 0 ? 'At least one theme is required' : `No theme ${unknownThemes.join(', ')}`;
    return bad(THEMES, 'theme_unknown', message);
  }
  const participants = [...new Set(codes(v(OTHERS)))];
  const wrong = participants.filter((u) => !known.units.includes(u) || u === v(UNIT));
  if (wrong.length > 0 || participants.length > 12) {
    const message = `Other units must be known units besides ${v(UNIT)}, at most 12: ${wrong.join(', ')}`;
    return bad(OTHERS, 'participant_invalid', message);
  }
  const partners = [...new Set(partnersOf(v(PARTNERS)))];
  if (partners.length > 30 || partners.some((p) => p.length > 200)) {
    return bad(PARTNERS, 'partners_invalid', 'At most 30 partners, separated by ";", of 200 characters each');
  }
  const texts: ActivityBody['texts'] = {};
  for (const [i, language] of LANGUAGES.entries()) {
    const [title, description] = [v(TEXTS + 2 * i), v(TEXTS + 2 * i + 1)];
    if (title.length > 300) return bad(TEXTS + 2 * i, 'text_too_long', 'A title has at most 300 characters');
    if (description.length > 4000) {
      return bad(TEXTS + 2 * i + 1, 'text_too_long', 'A description has at most 4000 characters');
    }
    if (title === '' && description !== '') {
      return bad(TEXTS + 2 * i, 'title_missing', `A description in ${language} needs a title`);
    }
    if (title !== '') texts[language] = { title, description: description === '' ? null : description };
  }
  if (Object.keys(texts).length === 0) {
    return bad(TEXTS, 'title_missing', 'A title is required in at least one language');
  }
  return {
    code: v(CODE_AT),
    kind: v(KIND) as ActivityKind,
    unit: v(UNIT),
    region: v(REGION) === '' ? null : v(REGION),
    startDate: v(START),
    endDate: v(END),
    texts,
    themes,
    partners,
    participants,
  };
}
