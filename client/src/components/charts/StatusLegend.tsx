// The key to the status colours and shapes, for any chart coloured by status.
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS } from './status-style.ts';

export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {STATUS_ORDER.map((status) => (
        <li key={status}>
          <span aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>
            {STATUS_SYMBOLS[status]}
          </span>{' '}
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
