// The Connect 2030 overview (home screen): the plan's two goals, each with its targets measured by a
// published statistic (trend, target line, dashed forecast, regions) and the targets not measured yet.
// data-state="ready" marks the moment the figures are on screen (browser tests and the home benchmark).
import { useTranslation } from 'react-i18next';
import type { Framework, Statistics } from '@rbm/shared/schemas';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import {
  OUTLOOK_STATUS,
  measureTarget,
  type MeasuredTarget,
  type TargetOutlook,
} from '../utils/target-trends.ts';
import { OtherTargets } from './OtherTargets.tsx';
import { TargetCard } from './TargetCard.tsx';
import '../overview.css';

const OUTLOOKS: readonly TargetOutlook[] = ['reached', 'on_course', 'later', 'away', 'no_projection'];

/** The key to the outlook colours and shapes. */
function OutlookKey() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend outlook-key" aria-label={t('overview.outlookKey')}>
      {OUTLOOKS.map((outlook) => {
        const status = OUTLOOK_STATUS[outlook];
        return (
          <li key={outlook}>
            <span aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>
              {STATUS_SYMBOLS[status]}
            </span>{' '}
            {t(`overview.outlookName.${outlook}`)}
          </li>
        );
      })}
    </ul>
  );
}

export function ConnectOverview({ framework, statistics }: { framework: Framework; statistics: Statistics }) {
  const { t } = useTranslation();
  if (framework.goals.length === 0) return <p className="state state-empty">{t('overview.empty')}</p>;
  return (
    <div className="connect-overview" data-state="ready">
      <OutlookKey />
      {framework.goals.map((goal) => {
        const measured: MeasuredTarget[] = [];
        const others: Framework['goals'][number]['targets'] = [];
        for (const target of goal.targets) {
          const m = measureTarget(target, statistics);
          if (m) measured.push(m);
          else others.push(target);
        }
        return (
          <section key={goal.code} className="goal-overview" aria-labelledby={`goal-${goal.code}`}>
            <h2 id={`goal-${goal.code}`}>
              <span className="code">{goal.code}</span> <LocalizedName value={goal.name} />{' '}
              <ProvenanceBadge status={goal.sourceStatus} url={goal.sourceUrl} />
            </h2>
            {goal.description && (
              <p className="muted goal-description">
                <LocalizedName value={goal.description} />
              </p>
            )}
            <div className="target-cards">
              {measured.map((m) => (
                <TargetCard key={m.target.code} measured={m} />
              ))}
            </div>
            <OtherTargets targets={others} goalCode={goal.code} />
          </section>
        );
      })}
    </div>
  );
}
