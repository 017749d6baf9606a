// Acceptance and implementation rates of one grouping (by body, or by report year) as paired bars, with the
// same figures as a table. Confirmed states only: the figures the Council sees.
import type { RecommendationRates } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export type Rates = RecommendationRates['overall'];
export interface RateGroup {
  key: string;
  label: string;
  rates: Rates;
}

export function percentText(value: number | null, language: string): string {
  return value === null
    ? '–'
    : formatNumber(value / 100, language, { style: 'percent', maximumFractionDigits: 1 });
}

function Bar({ name, value, kind }: { name: string; value: number | null; kind: string }) {
  const language = currentLanguage();
  return (
    <div className="rate-bar-row">
      <span className="rate-bar-name">{name}</span>
      <span className="rate-bar-track">
        <span className={`rate-bar rate-bar-${kind}`} style={{ inlineSize: `${value ?? 0}%` }} />
      </span>
      <span className="rate-bar-value">{percentText(value, language)}</span>
    </div>
  );
}

interface Props {
  id: string;
  title: string;
  description: string;
  groupLabel: string;
  groups: readonly RateGroup[];
  state: 'loading' | 'error' | 'ready' | 'empty';
  error: unknown;
  onRetry: () => void;
}

export function RatesPanel({ id, title, description, groupLabel, groups, state, error, onRetry }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <ChartPanel
      title={title}
      description={description}
      state={state}
      error={error}
      onRetry={onRetry}
      emptyText={t('recommendations.rates.empty')}
      chart={() => (
        <ul className="rate-groups" data-testid={`${id}-chart`}>
          {groups.map((g) => (
            <li key={g.key} className="rate-group">
              <span className="rate-group-name">
                {g.label}{' '}
                <span className="muted">
                  ({t('recommendations.rates.count', { count: n(g.rates.total) })})
                </span>
              </span>
              <Bar
                name={t('recommendations.rates.acceptance')}
                value={g.rates.acceptanceRate}
                kind="acceptance"
              />
              <Bar
                name={t('recommendations.rates.implementation')}
                value={g.rates.implementationRate}
                kind="implementation"
              />
            </li>
          ))}
        </ul>
      )}
      table={() => (
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table className="table" data-testid={`${id}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{groupLabel}</th>
                <th scope="col">{t('recommendations.rates.total')}</th>
                <th scope="col">{t('recommendations.rates.acceptance')}</th>
                <th scope="col">{t('recommendations.rates.implementation')}</th>
                <th scope="col">{t('recommendations.rates.open')}</th>
                <th scope="col">{t('recommendations.rates.overdue')}</th>
                <th scope="col">{t('recommendations.rates.overTwoYears')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{g.label}</th>
                  <td>{n(g.rates.total)}</td>
                  <td>{`${percentText(g.rates.acceptanceRate, language)} (${n(g.rates.accepted)}/${n(g.rates.decided)})`}</td>
                  <td>{percentText(g.rates.implementationRate, language)}</td>
                  <td>{n(g.rates.open)}</td>
                  <td>{n(g.rates.overdue)}</td>
                  <td>{n(g.rates.openOverTwoYears)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
