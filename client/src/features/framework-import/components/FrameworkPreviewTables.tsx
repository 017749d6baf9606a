// The preview of a framework file: counts per change, one table per level of the items new, changed (each
// field before and after) or retired, and every bad row with its sheet, row, column and reason.
import type { FrameworkImportPreview } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import {
  changesByLevel,
  problemSheet,
  sortedProblems,
  type PreviewItem,
  type PreviewProblem,
} from '../utils/framework-preview.ts';

const CHANGE_SHAPES = { new: '+', changed: '✎', retired: '−', unchanged: '=' } as const;

function FieldChanges({ item }: { item: PreviewItem }) {
  const { t } = useTranslation();
  if (item.change !== 'changed') return <span className="muted">–</span>;
  const shown = (value: string | null) =>
    value === null ? <em>{t('frameworkImport.preview.notSet')}</em> : <bdi dir="auto">{value}</bdi>;
  return (
    <ul className="fw-fields">
      {item.values.map((v) => (
        <li key={v.field}>
          <code dir="ltr">{v.field}</code> <del>{shown(v.before)}</del>{' '}
          <span aria-hidden="true" className="fw-arrow">
            →
          </span>
          <span className="visually-hidden">{t('frameworkImport.preview.becomes')}</span>{' '}
          <ins>{shown(v.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

function ProblemsTable({
  problems,
  format,
}: {
  problems: PreviewProblem[];
  format: FrameworkImportPreview['format'];
}) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage(), { useGrouping: false });
  return (
    <div className="table-scroll" role="region" aria-labelledby="fw-bad-caption" tabIndex={0}>
      <table className="table fw-table fw-bad" data-testid="fw-bad-rows">
        <caption id="fw-bad-caption">{t('frameworkImport.preview.badCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('frameworkImport.preview.sheet')}</th>
            <th scope="col">{t('frameworkImport.preview.row')}</th>
            <th scope="col">{t('frameworkImport.preview.column')}</th>
            <th scope="col">{t('frameworkImport.preview.code')}</th>
            <th scope="col">{t('frameworkImport.preview.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {sortedProblems(problems).map((p, index) => (
            <tr key={`${p.level}-${p.row ?? ''}-${p.column ?? ''}-${p.reason}-${index}`}>
              <th scope="row">
                <bdi dir="ltr">{problemSheet(p, format) ?? t('frameworkImport.preview.wholeFile')}</bdi>
              </th>
              <td>{p.row === null ? '–' : n(p.row)}</td>
              <td>{p.column === null ? '–' : <bdi dir="ltr">{p.column}</bdi>}</td>
              <td>{p.code === null ? '–' : <bdi dir="ltr">{p.code}</bdi>}</td>
              <td>
                {t([`frameworkImport.reasons.${p.reason}`, 'frameworkImport.reasons.other'])}
                <span className="fw-detail" lang="en" dir="ltr">
                  {p.message}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FrameworkPreviewTables({ preview }: { preview: FrameworkImportPreview }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const { counts } = preview;
  return (
    <>
      <ul className="fw-counts" data-testid="fw-counts">
        {(['new', 'changed', 'retired', 'unchanged', 'bad'] as const).map((kind) => (
          <li key={kind} className={kind === 'bad' && counts.bad > 0 ? 'fw-count-bad' : undefined}>
            {t(`frameworkImport.preview.counts.${kind}`, { n: n(counts[kind]) })}
          </li>
        ))}
      </ul>
      {preview.problems.length > 0 && <ProblemsTable problems={preview.problems} format={preview.format} />}
      {changesByLevel(preview.items).map((group) => (
        <div
          key={group.level}
          className="table-scroll"
          role="region"
          aria-labelledby={`fw-level-${group.level}`}
          tabIndex={0}
        >
          <table className="table fw-table" data-testid={`fw-level-${group.level}`}>
            <caption id={`fw-level-${group.level}`}>
              {t(`frameworkImport.levels.${group.level}`)}:{' '}
              {t('frameworkImport.preview.levelCounts', {
                new: n(group.counts.new),
                changed: n(group.counts.changed),
                retired: n(group.counts.retired),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('frameworkImport.preview.code')}</th>
                <th scope="col">{t('frameworkImport.preview.change')}</th>
                <th scope="col">{t('frameworkImport.preview.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {/* A bad file may hold a code twice: its place keeps the keys unique. */}
              {group.items.map((item, index) => (
                <tr key={`${item.code}-${index}`} className={`fw-${item.change}`}>
                  <th scope="row">
                    <bdi dir="ltr">{item.code}</bdi>
                  </th>
                  <td>
                    <span aria-hidden="true">{CHANGE_SHAPES[item.change]} </span>
                    {t(`frameworkImport.changes.${item.change}`)}
                  </td>
                  <td>
                    <FieldChanges item={item} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
