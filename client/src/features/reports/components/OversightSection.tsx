// The oversight recommendations and the commitments in the annual report: acceptance and implementation
// rates by body (paired bars, with their table), the overdue recommendations per responsible unit, and the
// commitments by confirmed status (bars, with their table) and listed. Confirmed states only, whoever reads.
import type { AnnualReport } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';

type Registers = AnnualReport['registers'];

const percentText = (value: number | null, language: string) =>
  value === null ? '–' : formatNumber(value / 100, language, { style: 'percent', maximumFractionDigits: 1 });

function Bar({
  label,
  value,
  max,
  kind,
  text,
}: {
  label: string;
  value: number;
  max: number;
  kind: string;
  text: string;
}) {
  return (
    <div className="report-bar-row">
      <span className="report-bar-name">{label}</span>
      <span className="report-bar-track">
        <span
          className={`report-bar report-bar-${kind}`}
          style={{ inlineSize: `${max === 0 ? 0 : (value / max) * 100}%` }}
        />
      </span>
      <span className="report-bar-value">{text}</span>
    </div>
  );
}

function RatesByBody({ recommendations }: { recommendations: Registers['recommendations'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const groups = [
    ...recommendations.byBody.map((b) => ({
      key: b.body,
      label: t(`reports.registers.bodies.${b.body}`),
      rates: b.rates,
    })),
    { key: 'all', label: t('reports.registers.rates.all'), rates: recommendations.overall },
  ];
  return (
    <ChartPanel
      level={3}
      title={t('reports.registers.rates.title')}
      description={t('reports.registers.rates.description')}
      state={recommendations.overall.total === 0 ? 'empty' : 'ready'}
      emptyText={t('reports.registers.rates.empty')}
      chart={() => (
        <ul className="report-bar-groups" data-testid="report-rates-chart">
          {groups.map((g) => (
            <li key={g.key}>
              <strong>{g.label}</strong>{' '}
              <span className="muted">({t('reports.registers.rates.count', { count: g.rates.total })})</span>
              <Bar
                label={t('reports.registers.rates.acceptance')}
                value={g.rates.acceptanceRate ?? 0}
                max={100}
                kind="acceptance"
                text={percentText(g.rates.acceptanceRate, language)}
              />
              <Bar
                label={t('reports.registers.rates.implementation')}
                value={g.rates.implementationRate ?? 0}
                max={100}
                kind="implementation"
                text={percentText(g.rates.implementationRate, language)}
              />
            </li>
          ))}
        </ul>
      )}
      table={() => (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('reports.registers.rates.title')}
          tabIndex={0}
        >
          <table className="table report-table">
            <caption>{t('reports.registers.rates.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.registers.rates.body')}</th>
                <th scope="col">{t('reports.registers.rates.total')}</th>
                <th scope="col">{t('reports.registers.rates.acceptance')}</th>
                <th scope="col">{t('reports.registers.rates.implementation')}</th>
                <th scope="col">{t('reports.registers.rates.open')}</th>
                <th scope="col">{t('reports.registers.rates.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{g.label}</th>
                  <td className="numeric">{n(g.rates.total)}</td>
                  <td className="numeric">{percentText(g.rates.acceptanceRate, language)}</td>
                  <td className="numeric">{percentText(g.rates.implementationRate, language)}</td>
                  <td className="numeric">{n(g.rates.open)}</td>
                  <td className="numeric">{n(g.rates.overdue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}

function OverdueList({ units }: { units: Registers['recommendations']['overdueByUnit'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (units.length === 0) return <p>{t('reports.registers.overdue.empty')}</p>;
  const day = (d: string | null) =>
    d
      ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : '–';
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('reports.registers.overdue.title')}
      tabIndex={0}
    >
      <table className="table report-table" data-testid="report-overdue">
        <caption>{t('reports.registers.overdue.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.registers.overdue.unit')}</th>
            <th scope="col">{t('reports.registers.rates.body')}</th>
            <th scope="col">{t('reports.registers.overdue.report')}</th>
            <th scope="col">{t('reports.registers.overdue.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {units.flatMap(({ sector, items }) =>
            items.map((r) => (
              <tr key={r.id}>
                <th scope="row">{sector.code}</th>
                <td>{t(`reports.registers.bodies.${r.body}`)}</td>
                <td>{`${r.reportRef} #${r.number}`}</td>
                <td>{day(r.targetDate)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

function Commitments({ commitments }: { commitments: Registers['commitments'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const max = Math.max(0, ...commitments.counts.map((c) => c.count));
  const statusText = (status: string) => t(`reports.registers.commitments.statuses.${status}`);
  return (
    <>
      <ChartPanel
        level={3}
        title={t('reports.registers.commitments.chart')}
        description={t('reports.registers.commitments.description')}
        state={commitments.items.length === 0 ? 'empty' : 'ready'}
        emptyText={t('reports.registers.commitments.empty')}
        chart={() => (
          <div data-testid="report-commitments-chart">
            {commitments.counts.map((c) => (
              <Bar
                key={c.status}
                label={statusText(c.status)}
                value={c.count}
                max={max}
                kind="count"
                text={n(c.count)}
              />
            ))}
          </div>
        )}
        table={() => (
          <table className="table report-table">
            <caption>{t('reports.registers.commitments.chart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.registers.commitments.status')}</th>
                <th scope="col">{t('reports.registers.commitments.count')}</th>
              </tr>
            </thead>
            <tbody>
              {commitments.counts.map((c) => (
                <tr key={c.status}>
                  <th scope="row">{statusText(c.status)}</th>
                  <td className="numeric">{n(c.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
      <div
        className="table-scroll"
        role="region"
        aria-label={t('reports.registers.commitments.list')}
        tabIndex={0}
      >
        <table className="table report-table" data-testid="report-commitments">
          <caption>{t('reports.registers.commitments.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.registers.commitments.commitment')}</th>
              <th scope="col">{t('reports.registers.overdue.unit')}</th>
              <th scope="col">{t('reports.registers.commitments.status')}</th>
              <th scope="col">{t('reports.registers.commitments.quarter')}</th>
            </tr>
          </thead>
          <tbody>
            {commitments.items.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  <span className="code">{c.code}</span> {c.title[language] ?? c.title.en}
                </th>
                <td>{c.sector.code}</td>
                <td>
                  {c.progress ? statusText(c.progress.status) : t('reports.registers.commitments.noStatus')}
                  {c.overdue ? ` · ${t('reports.registers.rates.overdue')}` : ''}
                </td>
                <td>{c.progress ? periodText(c.progress.period, language) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function OversightSection({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const { recommendations, commitments } = report.registers;
  return (
    <>
      <section className="report-section" aria-labelledby="report-recommendations">
        <h2 id="report-recommendations">{t('reports.registers.recommendationsTitle')}</h2>
        <p className="muted">{t('reports.registers.confirmedOnly')}</p>
        <RatesByBody recommendations={recommendations} />
        <OverdueList units={recommendations.overdueByUnit} />
      </section>
      <section className="report-section" aria-labelledby="report-commitments">
        <h2 id="report-commitments">{t('reports.registers.commitments.title')}</h2>
        <p className="muted">{t('reports.registers.confirmedOnly')}</p>
        <Commitments commitments={commitments} />
      </section>
    </>
  );
}
