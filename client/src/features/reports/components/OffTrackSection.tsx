// The KPIs off track for the year, worst first, with what the reviewers wrote about them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnualReport } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue, formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { PeriodLabel } from '../../../components/ui/PeriodLabel.tsx';
import { isolate } from '../../../lib/bidi.ts';
import { periodText } from '../../../lib/period-text.ts';

export function OffTrackSection({ plan, report }: { plan: string; report: AnnualReport }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section className="report-section" aria-labelledby="report-off-track">
      <h2 id="report-off-track">{t('reports.offTrack.title', { number: report.offTrack.length })}</h2>
      {report.offTrack.length === 0 ? (
        <p className="state">{t('reports.offTrack.none')}</p>
      ) : (
        <ul className="off-track-list">
          {report.offTrack.map((k) => (
            <li key={k.code} className="off-track-kpi" data-code={k.code}>
              <h3>
                <Link to={`/plans/${encodeURIComponent(plan)}/kpis/${encodeURIComponent(k.code)}`}>
                  <bdi className="code">{k.code}</bdi> <LocalizedName value={k.name} />
                </Link>
              </h3>
              <p className="off-track-figures">
                <StatusBadge status={k.status} /> ·{' '}
                {t('reports.offTrack.priority', { priority: isolate(k.priority) })} ·{' '}
                {t('reports.offTrack.actual')}: {formatKpiValue(k.actual, k.unit, language)} ·{' '}
                {t('reports.offTrack.expected')}: {formatKpiValue(k.expected, k.unit, language)} ·{' '}
                {t('reports.offTrack.ratio')}: {k.ratio === null ? '–' : formatNumber(k.ratio, language)}
              </p>
              {k.narrative ? (
                <dl className="off-track-narrative">
                  <dt>
                    {t('reports.offTrack.challenges', {
                      period: periodText(k.narrative.period, language),
                    })}
                  </dt>
                  {/* free text, in whatever language its author wrote: laid out by its own first letter */}
                  <dd dir="auto">{k.narrative.challenges ?? '–'}</dd>
                  <dt>{t('reports.offTrack.improvements')}</dt>
                  <dd dir="auto">{k.narrative.improvements ?? '–'}</dd>
                </dl>
              ) : (
                <p className="muted">{t('reports.offTrack.noNarrative')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AchievementsSection({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-achievements">
      <h2 id="report-achievements">{t('reports.achievements.title')}</h2>
      {report.achievements.length === 0 ? (
        <p className="state">{t('reports.achievements.none')}</p>
      ) : (
        <ul className="achievement-list">
          {report.achievements.map((a) => (
            <li key={`${a.period}-${a.priority}`}>
              <PeriodLabel className="chip" period={a.period} /> <bdi className="code">{a.priority}</bdi>{' '}
              <bdi dir="auto">{a.text}</bdi>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
