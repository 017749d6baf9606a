// A KPI or roll-up status shown by colour, by a shape and by its name, so it reads without colour too.
import { useTranslation } from 'react-i18next';
import type { Status } from '@rbm/shared';
import { STATUS_SYMBOLS } from '../charts/status-style.ts';

export function StatusBadge({ status, compact = false }: { status: Status | null; compact?: boolean }) {
  const { t } = useTranslation();
  const value = status ?? 'no_data';
  const label = t(`status.${value}`);
  return (
    <span className={`status-badge status-${value}`} title={compact ? label : undefined}>
      <span className="status-symbol" aria-hidden="true">
        {STATUS_SYMBOLS[value]}
      </span>
      {compact ? <span className="visually-hidden">{label}</span> : <span>{label}</span>}
    </span>
  );
}
