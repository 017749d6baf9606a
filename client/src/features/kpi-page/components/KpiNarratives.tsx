// The planners' notes on the KPI's values and the quarterly review narratives of its owning priority.
import { useTranslation } from 'react-i18next';
import type { KpiHistory } from '@rbm/shared/schemas';
import { isolate } from '../../../lib/bidi.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useKpiFormat } from './use-kpi-format.ts';

const NARRATIVE_PARTS = ['achievements', 'challenges', 'improvements', 'comment'] as const;

export function KpiNarratives({ history }: { history: KpiHistory }) {
  const { t, i18n } = useTranslation();
  const { formatPeriod } = useKpiFormat();
  const narratives = history.narratives.filter((n) => NARRATIVE_PARTS.some((part) => n[part]));
  return (
    <section className="kpi-section" aria-labelledby="kpi-notes">
      <h2 id="kpi-notes">{t('kpiPage.notes.title')}</h2>
      {history.notes.length === 0 ? (
        <p className="state state-empty">{t('kpiPage.notes.empty')}</p>
      ) : (
        <ul className="kpi-notes">
          {history.notes.map((note) => (
            <li key={`${note.period}-${note.region ?? ''}`}>
              <strong>
                <bdi>{formatPeriod(note.period)}</bdi>
              </strong>
              {note.region && ` · ${t(`kpiPage.regions.${note.region}`, { defaultValue: note.region })}`}
              {note.state !== 'approved' && ` · ${t(`kpiPage.state.${note.state}`)}`}:{' '}
              <bdi dir="auto">{note.note}</bdi>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('kpiPage.narratives.title', { priority: isolate(history.kpi.priority) })}</h3>
      {narratives.length === 0 ? (
        <p className="state state-empty">{t('kpiPage.narratives.empty')}</p>
      ) : (
        <div className="kpi-narratives">
          {narratives.slice(0, 4).map((n) => (
            <article key={n.period} className="kpi-narrative" aria-labelledby={`narrative-${n.period}`}>
              <h4 id={`narrative-${n.period}`}>
                <bdi>{formatPeriod(n.period)}</bdi> · {t(`kpiPage.reviewStatus.${n.status}`)}
                {n.rating && ` · ${t(`kpiPage.rating.${n.rating}`)}`}
              </h4>
              <dl>
                {NARRATIVE_PARTS.filter((part) => n[part]).map((part) => (
                  <div key={part}>
                    <dt>{t(`kpiPage.narratives.${part}`)}</dt>
                    <dd dir="auto">{n[part]}</dd>
                  </div>
                ))}
              </dl>
              {n.decidedAt && (
                <p className="muted">
                  {t('kpiPage.narratives.decided', {
                    who: n.decidedBy ?? t('kpiPage.history.system'),
                    when: formatDateTime(n.decidedAt, i18n.language),
                  })}
                </p>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
