import { useTranslation } from 'react-i18next';
import type { Framework } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { formatAmount } from '../../../lib/format.ts';

type Goal = Framework['goals'][number];
type Target = Goal['targets'][number];

function TargetLine({ target }: { target: Target }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="target">
      <div className="row-title">
        <bdi className="code">{target.code}</bdi> <LocalizedName value={target.name} />{' '}
        <ProvenanceBadge status={target.sourceStatus} url={target.sourceUrl} />
      </div>
      <div className="meta">
        {target.value === null
          ? t('framework.qualitativeTarget', { year: target.deadlineYear })
          : t('framework.targetValue', {
              amount: formatAmount(target.value, target.unit, i18n.language),
              year: target.deadlineYear,
            })}
        {target.baseline && (
          <>
            {' '}
            ·{' '}
            {t('framework.baseline', {
              value: formatAmount(target.baseline.value, target.unit, i18n.language),
              year: target.baseline.year,
            })}
          </>
        )}
        {' · '}
        {t('framework.kpiCount', { count: target.kpiCount })}
        {target.indicator && (
          <>
            {' · '}
            {t('framework.measuredBy', { indicator: '' })}
            <LocalizedName value={target.indicator.name} />
          </>
        )}
      </div>
    </li>
  );
}

export function GoalsSection({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="goals-heading" className="panel">
      <h2 id="goals-heading">{t('framework.goalsAndTargets')}</h2>
      <div className="goal-grid">
        {goals.map((goal) => (
          <article key={goal.code} className="goal-card" aria-labelledby={`goal-${goal.code}`}>
            <h3 id={`goal-${goal.code}`}>
              <bdi className="code">{goal.code}</bdi> <LocalizedName value={goal.name} />{' '}
              <ProvenanceBadge status={goal.sourceStatus} url={goal.sourceUrl} />
            </h3>
            {goal.description && (
              <p className="description">
                <LocalizedName value={goal.description} />
              </p>
            )}
            <ul className="target-list">
              {goal.targets.map((target) => (
                <TargetLine key={target.code} target={target} />
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
