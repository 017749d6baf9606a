// The annual implementation report of one plan year, on screen and on paper (reports.css has the print
// rules). Approved figures only, and the registers as last confirmed; downloads as XLSX and PowerPoint come from the same API report.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatShare } from '../../../components/charts/format-share.ts';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useAnnualReport } from '../api/get-annual-report.ts';
import { latestCompleteYear, planYears, reportDownloadUrl } from '../utils/report-year.ts';
import { FiguresTable, GroupDistribution } from './GroupFigures.tsx';
import { AchievementsSection, OffTrackSection } from './OffTrackSection.tsx';
import { OversightSection } from './OversightSection.tsx';
import { RiskRegisterSection } from './RiskRegisterSection.tsx';
import '../reports.css';
import { periodText } from '../../../lib/period-text.ts';

interface Props {
  plan: string;
  year: number;
  years: { start: number; end: number } | null;
  today: Date;
}

export function ReportScreen({ plan, year, years, today }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const report = useAnnualReport(plan, year, language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(today);
  const r = report.data;
  return (
    <article className="report">
      <div className="report-print-header" aria-hidden="true">
        <strong>{r ? r.plan.name.text : plan}</strong> · {t('reports.printYear', { year })} ·{' '}
        {r?.yearToDate && (
          <>{t('reports.yearToDate.title', { quarter: periodText(r.yearToDate, language) })} · </>
        )}
        {date} · {t('reports.approvedOnly')}
      </div>
      <div className="page-heading">
        <h1>
          {t('reports.title', { year })}
          {r?.yearToDate && (
            <span className="report-ytd">
              {' · '}
              {t('reports.yearToDate.title', { quarter: periodText(r.yearToDate, language) })}
            </span>
          )}
          {r && (
            <>
              {' · '}
              <LocalizedName value={r.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('reports.intro')}</p>
      </div>
      <div className="report-toolbar no-print">
        {years && (
          <label className="field">
            <span>{t('reports.year')}</span>
            <select
              value={year}
              onChange={(e) => void navigate(`/plans/${encodeURIComponent(plan)}/reports/${e.target.value}`)}
            >
              {planYears(years.start, years.end).map((y) => (
                <option key={y} value={y}>
                  {y === today.getUTCFullYear() && y > latestCompleteYear(years.start, years.end, today)
                    ? t('reports.yearToDate.option', { year: y })
                    : y}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('reports.print')}
        </button>
        <a className="button button-quiet" href={reportDownloadUrl(plan, year, 'xlsx', language)} download>
          {t('reports.downloadXlsx')}
        </a>
        <a className="button button-quiet" href={reportDownloadUrl(plan, year, 'pptx', language)} download>
          {t('reports.downloadPptx')}
        </a>
      </div>
      {report.isPending && <Loading label={t('reports.loading')} />}
      {report.isError && (
        <ErrorState error={report.error} message={t('reports.error')} onRetry={() => void report.refetch()} />
      )}
      {r && (
        <>
          <p className="report-basis">
            {t('reports.approvedOnly')} {t('reports.asOf', { quarter: periodText(r.basis.asOf, language) })}{' '}
            {!r.due && (
              <strong>
                {r.yearToDate
                  ? t('reports.yearToDate.note', {
                      year: r.year,
                      quarter: periodText(r.yearToDate, language),
                    })
                  : t('reports.notDue', { year: r.year })}
              </strong>
            )}
          </p>
          <section className="report-section report-summary" aria-labelledby="report-overall">
            <h2 id="report-overall">{t('reports.overall')}</h2>
            <dl className="report-figures">
              <div>
                <dt>{t('reports.columns.status')}</dt>
                <dd>
                  <StatusBadge status={r.overall.status} />
                </dd>
              </div>
              <div>
                <dt>{t('reports.columns.score')}</dt>
                <dd data-figure="score">{formatShare(r.overall.score, language)}</dd>
              </div>
              <div>
                <dt>{t('reports.columns.completeness')}</dt>
                <dd data-figure="completeness">{formatShare(r.overall.completeness, language)}</dd>
              </div>
              <div>
                <dt>{t('reports.columns.timeliness')}</dt>
                <dd data-figure="timeliness">{formatShare(r.overall.timeliness, language)}</dd>
              </div>
              <div>
                <dt>{t('reports.columns.kpis')}</dt>
                <dd data-figure="kpis">{formatNumber(r.overall.kpiCount, language)}</dd>
              </div>
            </dl>
          </section>
          <section className="report-section" aria-labelledby="report-goals">
            <h2 id="report-goals">{t('reports.goals.title')}</h2>
            <GroupDistribution
              groups={r.goals}
              title={t('reports.goals.chart')}
              groupHeader={t('reports.goals.group')}
            />
            <FiguresTable
              groups={r.goals}
              groupHeader={t('reports.goals.group')}
              caption={t('reports.goals.table')}
            />
          </section>
          <section className="report-section" aria-labelledby="report-sectors">
            <h2 id="report-sectors">{t('reports.sectors.title')}</h2>
            <GroupDistribution
              groups={r.sectors}
              title={t('reports.sectors.chart')}
              groupHeader={t('reports.sectors.group')}
            />
            <FiguresTable
              groups={r.sectors}
              groupHeader={t('reports.sectors.group')}
              caption={t('reports.sectors.table')}
            />
            {r.sectors.map((s) => (
              <FiguresTable
                key={s.code}
                groups={s.priorities}
                groupHeader={t('reports.sectors.priority')}
                caption={t('reports.sectors.priorities', { sector: s.code })}
              />
            ))}
          </section>
          <OffTrackSection plan={plan} report={r} />
          <AchievementsSection report={r} />
          <RiskRegisterSection report={r} />
          <OversightSection report={r} />
        </>
      )}
    </article>
  );
}
