// One typed field of a KPI's card on a phone: a labelled input bound to a grid cell, autosaved like the
// grid's cells (the same edit, check and refusal); Escape brings back a refused field's saved value.
import { useTranslation } from 'react-i18next';
import type { EntryKpi } from '@rbm/shared/schemas';
import { cellKey, recordOfCell, type CellRef } from '../utils/cells.ts';
import { cellErrorText } from './cell-errors.ts';
import type { EntryGridState } from './use-entry-grid.ts';

export function CardField({
  kpi,
  cell,
  label,
  grid,
  hint,
}: {
  kpi: EntryKpi;
  cell: CellRef;
  label: string;
  grid: EntryGridState;
  hint?: string | null;
}) {
  const { t } = useTranslation();
  const key = cellKey(cell);
  const record = recordOfCell(key);
  const errorCode = grid.serverErrors[key] ?? grid.check(record).errors[cell.field];
  const id = `entry-card-${key.replace(/\|/g, '-')}`;
  const described = [errorCode ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={`entry-card-field entry-card-${cell.field}${errorCode ? ' entry-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={grid.texts[key] ?? ''}
        inputMode={cell.field === 'value' ? 'decimal' : undefined}
        type={cell.field === 'evidence' ? 'url' : 'text'}
        aria-invalid={errorCode ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => grid.edit([{ cell: key, text: event.target.value }])}
        onBlur={(event) => {
          const trimmed = event.target.value.trim();
          if (trimmed !== event.target.value) grid.edit([{ cell: key, text: trimmed }]);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          grid.revert(key);
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="entry-ytd">
          {hint}
        </span>
      )}
      {errorCode && (
        <span id={`${id}-error`} className="entry-error">
          {cellErrorText(t, errorCode, kpi.unit)}
        </span>
      )}
      {cell.field === 'value' && grid.conflicts[record] && (
        <span className="entry-conflict-values">{t('entry.conflict.title')}</span>
      )}
    </div>
  );
}
