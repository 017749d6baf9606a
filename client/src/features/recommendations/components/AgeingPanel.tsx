// Ageing of the confirmed states: the overall implementation and acceptance rates, how many are open,
// overdue and open over two years, and the overdue list per responsible unit (each linking to its page).
import type { RecommendationRates } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { isolated } from '../utils/isolated.ts';
import { percentText } from './RatesPanel.tsx';
import { OVERDUE } from './RecommendationTable.tsx';

/** The overall figures. */
export function AgeingPanel({ rates }: { rates: RecommendationRates }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const o = rates.overall;
  const figures = [
    ['implementationRate', percentText(o.implementationRate, language)],
    ['acceptanceRate', percentText(o.acceptanceRate, language)],
    ['open', n(o.open)],
    ['overdue', `${OVERDUE} ${n(o.overdue)}`],
    ['overTwoYears', n(o.openOverTwoYears)],
  ] as const;
  return (
    <section className="recommendation-ageing" aria-labelledby="ageing-title">
      <h2 id="ageing-title">{t('recommendations.ageing.title')}</h2>
      <p className="muted">{t('recommendations.ageing.description', { today: isolated(rates.today) })}</p>
      <dl className="recommendation-figures">
        {figures.map(([key, value]) => (
          <div key={key} data-figure={key}>
            <dt>{t(`recommendations.ageing.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The overdue list per responsible unit, each recommendation linking to its page. */
export function OverdueByUnit({ plan, rates }: { plan: string; rates: RecommendationRates }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  return (
    <section className="recommendation-overdue-section" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('recommendations.ageing.overdueByUnit')}</h2>
      {rates.overdueByUnit.length === 0 ? (
        <p>{t('recommendations.ageing.noneOverdue')}</p>
      ) : (
        <ul className="recommendation-overdue">
          {rates.overdueByUnit.map(({ sector, items }) => (
            <li key={sector.code}>
              <h3>
                <bdi dir="auto">{`${sector.name} (${sector.code})`}</bdi>: {n(items.length)}
              </h3>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <Link to={`/plans/${plan}/recommendations/${item.id}`}>
                      <bdi dir="ltr">{`${item.reportRef} #${item.number}`}</bdi>
                    </Link>{' '}
                    {t(`recommendations.body.${item.body}`)} ·{' '}
                    {t('recommendations.ageing.due', { date: isolated(item.targetDate) })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
