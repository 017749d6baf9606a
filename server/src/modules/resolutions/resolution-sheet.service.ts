// The resolution mapping as a spreadsheet (export), and the import of an edited sheet: the preview checks
// every row and writes nothing; the confirmation checks the same file again in one transaction, refuses if a
// row is bad or if the file or the mapping changed since the preview (409 import_stale), then creates and
// updates the resolutions, each audited with before and after. Copies the risk register's import.
import { createHash } from 'node:crypto';
import { LANGUAGES } from '@rbm/shared';
import {
  CONFERENCES,
  RESOLUTION_NUMBER_PATTERN,
  RESOLUTION_SECTORS,
  RESOLUTION_SHEET_HEADERS,
  type ConfirmResolutionImportBody,
  type ResolutionBody,
  type ResolutionExportQuery,
  type ResolutionImportBody,
  type ResolutionImportPreview,
  type ResolutionImportProblem,
  type ResolutionImportResult,
} from '@rbm/shared/schemas';
import { AppError, badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import {
  decodeUpload,
  formatOf,
  readTable,
  unescapeText,
  writeTable,
  type SheetFile,
  type Table,
} from '../imports/spreadsheet.ts';
import {
  countRows,
  refuseOutOfScope,
  registerChanged,
  requireConfirmable,
} from '../imports/register-import.ts';
import { resolutionAccess } from './resolution-access.ts';
import * as repo from './resolutions.repository.ts';
import {
  loadResolutions,
  resolutionKey,
  resolveResolutionBody,
  type MappedResolution,
} from './resolutions.service.ts';

const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : unescapeText(String(cell).trim());
const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);

function cellsOf(body: ResolutionBody): string[] {
  return [
    body.conference,
    body.number,
    body.revision ?? '',
    ...LANGUAGES.map((l) => body.titles[l] ?? ''),
    ...RESOLUTION_SECTORS.map((s) => body.entities[s] ?? ''),
    body.themes.join(', '),
    body.priorities.join(', '),
  ];
}

const bodyOf = (m: MappedResolution): ResolutionBody => ({
  conference: m.item.conference,
  number: m.item.number,
  revision: m.item.revision,
  titles: m.item.titles,
  entities: m.item.entities,
  themes: m.item.themes,
  priorities: m.item.priorities.map((p) => p.code),
});

export async function exportResolutions(
  ctx: WriteServiceContext,
  input: ResolutionExportQuery,
): Promise<SheetFile & { filename: string }> {
  if (!(await resolutionAccess(ctx.db, ctx.actor)).mayCreate) {
    throw new AppError(
      403,
      'out_of_scope',
      'The mapping is exported to be edited: administrators and theme coordinators',
    );
  }
  const rows = (await loadResolutions(ctx.db)).map((m) => cellsOf(bodyOf(m)));
  const file = await writeTable(input.format ?? 'xlsx', 'Resolutions', [...RESOLUTION_SHEET_HEADERS], rows);
  return { ...file, filename: `resolution-mapping.${file.extension}` };
}

type Row = ResolutionImportPreview['rows'][number] & {
  body: ResolutionBody;
  existing: MappedResolution | null;
};

/** Every row of the file checked against the themes, the priorities, the mapping and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, input: ResolutionImportBody) {
  const content = decodeUpload(input.content);
  const format = formatOf(input.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = RESOLUTION_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = RESOLUTION_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [mapping, themes, priorities, access] = await Promise.all([
    loadResolutions(ctx.db),
    repo.findThemes(ctx.db),
    repo.findPriorities(ctx.db),
    resolutionAccess(ctx.db, ctx.actor),
  ]);
  const rows: Row[] = [];
  const invalid: ResolutionImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  const at = (i: number) => column[i] ?? 0;
  const TITLE = 3;
  const ENTITY = TITLE + LANGUAGES.length;
  const THEMES = ENTITY + RESOLUTION_SECTORS.length;
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const values = RESOLUTION_SHEET_HEADERS.map((_, i) => cellText(cells[at(i)]));
    if (values.every((v) => v === '')) continue;
    const [conference = '', number = '', revision = ''] = values;
    const key = `${conference} ${number}`;
    const problem = (i: number, code: ResolutionImportProblem['code'], message: string) =>
      invalid.push({
        row: rowNumber,
        cell: `${columnLetter(at(i))}${rowNumber}`,
        resolution: conference && number ? key : null,
        code,
        message,
      });
    if (!(CONFERENCES as readonly string[]).includes(conference)) {
      problem(0, 'conference_unknown', `Conference "${conference}" is not one of ${CONFERENCES.join(', ')}`);
      continue;
    }
    if (!new RegExp(RESOLUTION_NUMBER_PATTERN).test(number)) {
      problem(
        1,
        'number_invalid',
        `Number "${number}" must be 1-20 letters, digits, dots, slashes or dashes`,
      );
      continue;
    }
    if (seen.has(key)) {
      problem(1, 'resolution_repeated', `${key} appears on an earlier row too`);
      continue;
    }
    seen.add(key);
    const titles = Object.fromEntries(
      LANGUAGES.flatMap((l, i) => (values[TITLE + i] ? [[l, values[TITLE + i] as string]] : [])),
    );
    if (Object.keys(titles).length === 0) {
      problem(TITLE, 'title_missing', 'A title is required in at least one language');
      continue;
    }
    const tooLong = values.findIndex(
      (v, i) => v.length > (i >= TITLE && i < ENTITY ? 500 : i === 2 ? 100 : 200),
    );
    if (tooLong >= 0 && tooLong < THEMES) {
      problem(tooLong, 'text_too_long', `${RESOLUTION_SHEET_HEADERS[tooLong]} is too long`);
      continue;
    }
    const themeCodes = list(values[THEMES] ?? '').map((c) => c.toUpperCase());
    const unknownThemes = themeCodes.filter((c) => !themes.some((t) => t.code === c));
    if (unknownThemes.length > 0) {
      problem(THEMES, 'theme_unknown', `No theme ${unknownThemes.join(', ')}`);
      continue;
    }
    const priorityCodes = list(values[THEMES + 1] ?? '');
    const unknownPriorities = priorityCodes.filter((c) => !priorities.some((p) => p.code === c));
    if (unknownPriorities.length > 0) {
      problem(THEMES + 1, 'priority_unknown', `No thematic priority ${unknownPriorities.join(', ')}`);
      continue;
    }
    const body: ResolutionBody = {
      conference: conference as ResolutionBody['conference'],
      number,
      revision: revision || null,
      titles,
      entities: Object.fromEntries(
        RESOLUTION_SECTORS.flatMap((s, i) => (values[ENTITY + i] ? [[s, values[ENTITY + i] as string]] : [])),
      ),
      themes: [...new Set(themeCodes)],
      priorities: [...new Set(priorityCodes)],
    };
    const existing = mapping.find((m) => resolutionKey(m.item) === key) ?? null;
    const change = !existing
      ? 'new'
      : cellsOf(bodyOf(existing)).join('\u0001') === cellsOf(body).join('\u0001')
        ? 'unchanged'
        : 'changed';
    const themeIds = themes.filter((t) => body.themes.includes(t.code)).map((t) => t.id);
    // an unchanged row is read, not written: a whole export imports back for any coordinator
    const allowed = access.edits(themeIds) && (!existing || access.edits(existing.themeIds));
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${key})`);
      continue;
    }
    rows.push({ row: rowNumber, resolution: key, change, body, existing });
  }
  const hash = createHash('sha256').update(content);
  for (const r of rows)
    hash.update(`|${r.row}:${r.change}:${r.existing?.row.id ?? 0}:${r.existing?.row.version ?? 0}`);
  for (const p of invalid) hash.update(`|${p.row}:${p.code}`);
  refuseOutOfScope(outOfScope, 'resolutions outside the themes you coordinate');
  return { format, rows, invalid, token: hash.digest('base64url') };
}

export async function previewResolutionImport(
  ctx: WriteServiceContext,
  input: ResolutionImportBody,
): Promise<ResolutionImportPreview> {
  const { format, rows, invalid, token } = await evaluate(ctx, input);
  return {
    format,
    counts: countRows(rows, invalid.length),
    rows: rows.map(({ row, resolution, change }) => ({ row, resolution, change })),
    invalid,
    token,
  };
}

export async function importResolutions(
  ctx: WriteServiceContext,
  input: ConfirmResolutionImportBody,
): Promise<ResolutionImportResult> {
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: ResolutionImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const { change, body, existing } of rows) {
      if (change === 'unchanged') {
        result.unchanged += 1;
        continue;
      }
      const { fields, links } = await resolveResolutionBody(tx, body);
      if (existing === null) {
        const id = await repo.insertResolution(tx, fields, stamp);
        await repo.replaceResolutionLinks(tx, id, links);
        await audit({ action: 'create', entity: 'resolution', entityId: id, after: body, reason: 'import' });
        result.created += 1;
      } else {
        fields.sourceStatus = existing.row.sourceStatus;
        if (!(await repo.updateResolution(tx, existing.row.id, existing.row.version, fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceResolutionLinks(tx, existing.row.id, links);
        await audit({
          action: 'update',
          entity: 'resolution',
          entityId: existing.row.id,
          before: existing.item,
          after: body,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}
