// The duplication radar of a theme (in the address): each open candidate pair with its score and reasons,
// and the coordinator's decision (joint work, a duplicate to resolve, unrelated) with a note. A decided
// pair leaves the list and the matrix's count drops.
import type { RadarCandidate, RadarDecisionKind } from '@rbm/shared/schemas';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useDecideRadarCandidate } from '../api/decide-radar-candidate.ts';
import { useRadar } from '../api/get-radar.ts';
import '../themes.css';

const DECISIONS: readonly RadarDecisionKind[] = ['joint_work', 'duplicate', 'unrelated'];

function reasonText(t: TFunction, reason: string): string {
  const [code = '', detail = ''] = reason.split(':');
  return t(`themes.reasons.${code}`, { detail: detail.replaceAll(',', ', ') });
}

function CandidateCard({ plan, candidate }: { plan: string; candidate: RadarCandidate }) {
  const { t } = useTranslation();
  const decide = useDecideRadarCandidate();
  const [decision, setDecision] = useState<RadarDecisionKind>('joint_work');
  const [note, setNote] = useState('');
  const id = `${candidate.a.key}-${candidate.b.key}`.replaceAll(':', '-');
  const item = (side: RadarCandidate['a']) => (
    <li>
      <bdi>{side.unit}</bdi> · {t(`themes.kinds.${side.kind}`)}{' '}
      {side.kind === 'kpi' ? (
        <Link to={`/plans/${plan}/kpis/${side.code}`}>
          <bdi>{side.code}</bdi>
        </Link>
      ) : (
        <bdi>{side.code}</bdi>
      )}
      : <bdi dir="auto">{side.title}</bdi>
    </li>
  );
  return (
    <article
      className="radar-candidate"
      aria-labelledby={`${id}-title`}
      data-pair={`${candidate.a.code}|${candidate.b.code}`}
    >
      <h2 id={`${id}-title`} className="h3">
        {t('themes.radar.pair', { a: candidate.a.code, b: candidate.b.code })}
      </h2>
      <ul>
        {item(candidate.a)}
        {item(candidate.b)}
      </ul>
      <p>
        {t('themes.radar.score', {
          score: formatNumber(Math.round(candidate.score * 100), currentLanguage()),
        })}
        {' · '}
        {candidate.reasons.map((r) => reasonText(t, r)).join('; ')}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decide.mutate({ a: candidate.a.key, b: candidate.b.key, decision, note, plan });
        }}
      >
        <fieldset>
          <legend>{t('themes.radar.decision')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="inline">
              <input
                type="radio"
                name={`${id}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
              />{' '}
              {t(`themes.decisions.${d}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-note`}>{t('themes.radar.note')}</label>
        <textarea
          id={`${id}-note`}
          required
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div>
          <button type="submit" className="button" disabled={decide.isPending}>
            {t('themes.radar.save')}
          </button>
        </div>
        {decide.isError && (
          <p role="alert" className="error">
            {formErrorText(t, decide.error)}
          </p>
        )}
      </form>
    </article>
  );
}

export function RadarScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const theme = params.get('theme');
  const radar = useRadar(plan, theme && /^[A-Za-z0-9_-]{1,20}$/.test(theme) ? theme : null);
  return (
    <div className="themes" data-state={radar.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{theme ? t('themes.radar.titleTheme', { theme }) : t('themes.radar.title')}</h1>
        <p className="muted">{t('themes.radar.intro')}</p>
        <p>
          <Link to={`/plans/${plan}/themes`}>{t('themes.radar.back')}</Link>
        </p>
      </div>
      {radar.isPending && <Loading label={t('themes.radar.loading')} />}
      {radar.isError && (
        <ErrorState
          error={radar.error}
          message={t('themes.radar.error')}
          onRetry={() => void radar.refetch()}
        />
      )}
      {radar.data && radar.data.items.length === 0 && <p role="status">{t('themes.radar.none')}</p>}
      {radar.data?.items.map((c) => (
        <CandidateCard key={`${c.a.key}|${c.b.key}`} plan={plan} candidate={c} />
      ))}
    </div>
  );
}
