// The Resolution 59 report on screen and on paper (themes.css has the print rules): the year's intersectoral
// coordination for TDAG and the Council. Approved figures only; the XLSX and PowerPoint downloads come from
// the same API report.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';
import { themeReportDownloadUrl, useThemeReport } from '../api/get-theme-report.ts';
import { DuplicatesSection, JointSection, OverlapsSection, ThemesSection } from './ThemeReportSections.tsx';
import '../themes.css';

interface Props {
  plan: string;
  year: number;
  years: number[];
  today: Date;
}

export function ThemeReportScreen({ plan, year, years, today }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const report = useThemeReport(plan, year, language);
  const r = report.data;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(today);
  const asOf = r && (r.yearToDate ?? r.basis.period);
  return (
    <article className="r59" data-state={r ? 'ready' : 'loading'}>
      <div className="r59-print-header" aria-hidden="true">
        <strong>{r ? r.plan.name.text : plan}</strong> · {t('themes.report.audience')} · {date} ·{' '}
        {t('themes.report.approvedOnly')}
      </div>
      <div className="page-heading">
        <h1>
          {t('themes.report.title', { year })}
          {r && (
            <>
              {' · '}
              <LocalizedName value={r.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('themes.report.intro')}</p>
      </div>
      <div className="r59-toolbar no-print">
        {years.length > 0 && (
          <label className="field">
            <span>{t('themes.report.year')}</span>
            <select
              value={year}
              onChange={(e) =>
                void navigate(`/plans/${encodeURIComponent(plan)}/themes/report/${e.target.value}`)
              }
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('themes.report.print')}
        </button>
        <a
          className="button button-quiet"
          href={themeReportDownloadUrl(plan, year, 'xlsx', language)}
          download
        >
          {t('themes.report.downloadXlsx')}
        </a>
        <a
          className="button button-quiet"
          href={themeReportDownloadUrl(plan, year, 'pptx', language)}
          download
        >
          {t('themes.report.downloadPptx')}
        </a>
      </div>
      {report.isPending && <Loading label={t('themes.report.loading')} />}
      {report.isError && (
        <ErrorState
          error={report.error}
          message={t('themes.report.error')}
          onRetry={() => void report.refetch()}
        />
      )}
      {r && asOf && (
        <>
          <p className="r59-basis">
            {t('themes.report.approvedOnly')}{' '}
            {r.due
              ? t('themes.report.yearOver', { year: r.year })
              : t('themes.report.toDate', { quarter: periodText(asOf, language) })}
          </p>
          <ThemesSection plan={plan} report={r} />
          <JointSection report={r} />
          <DuplicatesSection report={r} />
          <OverlapsSection report={r} />
        </>
      )}
    </article>
  );
}
