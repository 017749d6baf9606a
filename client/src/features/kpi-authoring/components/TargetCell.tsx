// One year's target in a grid: a number input named for its KPI and year, which takes a block pasted from
// a spreadsheet and hands it to the grid to lay out from here.
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePastedCells } from '../utils/targets-grid.ts';

export function TargetCell({
  id,
  kpi,
  year,
  value,
  error,
  onChange,
  onPasteBlock,
}: {
  id: string;
  kpi: string;
  year: number;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  onPasteBlock: (block: string[][]) => void;
}) {
  const { t } = useTranslation();
  function paste(event: ClipboardEvent<HTMLInputElement>) {
    const block = parsePastedCells(event.clipboardData.getData('text/plain'));
    // one value goes in the cell as typed; a row or a block is spread over the grid
    if (block.length === 1 && block[0]!.length === 1) return;
    event.preventDefault();
    onPasteBlock(block);
  }
  return (
    <>
      <input
        id={id}
        className="target-cell"
        inputMode="decimal"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onPaste={paste}
        aria-label={t('kpiAuthoring.targets.cell', { kpi, year })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
