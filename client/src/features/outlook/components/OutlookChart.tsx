// Per Sector, one bar split by verdict: the share of its KPIs on course, late or not at this pace, in the
// plan's status colours and shapes. The table below the chart holds every figure.
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { formatNumber } from '../../../lib/format.ts';
import { VERDICT_STATUS, VERDICTS, type SectorVerdicts } from '../utils/outlook-shaping.ts';

export function OutlookChart({ sectors, year }: { sectors: readonly SectorVerdicts[]; year: number }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language, { maximumFractionDigits: 0 });
  const describe = (s: SectorVerdicts) =>
    `${s.sector}: ${VERDICTS.filter((v) => s.counts[v] > 0)
      .map((v) => `${n(s.counts[v])} ${t(`outlook.verdict.${v}`)}`)
      .join(', ')}`;
  return (
    <figure className="outlook-chart">
      <figcaption>
        <strong>{t('outlook.chart.title', { year })}</strong>
        <span className="muted"> {t('outlook.chart.description', { year })}</span>
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {VERDICTS.map((v) => (
          <li key={v}>
            <span style={{ color: STATUS_COLORS[VERDICT_STATUS[v]] }}>
              {STATUS_SYMBOLS[VERDICT_STATUS[v]]}
            </span>{' '}
            {t(`outlook.verdict.${v}`)}
          </li>
        ))}
      </ul>
      <ul className="outlook-bars">
        {sectors.map((s) => (
          <li key={s.sector} className="outlook-bar-row">
            <span className="outlook-bar-label">{s.sector}</span>
            <span className="outlook-bar" role="img" aria-label={describe(s)}>
              {VERDICTS.filter((v) => s.counts[v] > 0).map((v) => (
                <span
                  key={v}
                  className="outlook-segment"
                  title={`${t(`outlook.verdict.${v}`)}: ${n(s.counts[v])}`}
                  style={{
                    flexGrow: s.counts[v],
                    background: STATUS_COLORS[VERDICT_STATUS[v]],
                  }}
                >
                  {STATUS_SYMBOLS[VERDICT_STATUS[v]]} {n(s.counts[v])}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
