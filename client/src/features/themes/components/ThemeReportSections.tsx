// The parts of the Resolution 59 report on screen: the themes (their KPIs by status as a chart with its
// table, then per theme each unit's KPIs and activities), the joint work, the duplicates found and resolved,
// and the overlapping events. Every figure comes from the report as the API gives it.
import type { ThemeReport, ThemeReportActivity } from '@rbm/shared/schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import {
  StatusDistributionBars,
  StatusDistributionTable,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { directionOf } from '../../../lib/bidi.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

type ActivityIndex = Map<string, ThemeReportActivity>;

/** A wide table scrolls sideways on a phone; the region takes the keyboard's focus so it can be scrolled. */
function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
const indexOf = (report: ThemeReport): ActivityIndex => new Map(report.activities.map((a) => [a.code, a]));

function ActivityName({ code, index }: { code: string; index: ActivityIndex }) {
  const activity = index.get(code);
  return (
    <>
      <span className="code">{code}</span>{' '}
      {/* the unit's own words, in the language it wrote them (not a framework name awaiting translation) */}
      {activity && (
        <bdi lang={activity.title.language} dir={directionOf(activity.title.language)}>
          {activity.title.text}
        </bdi>
      )}
    </>
  );
}

export function ThemesSection({ plan, report }: { plan: string; report: ThemeReport }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const index = indexOf(report);
  const rows = report.themes.map((theme) => ({
    key: theme.code,
    label: theme.code,
    title: `${theme.code} ${theme.name.text}`,
    counts: theme.rollUp.counts,
  }));
  return (
    <section className="r59-section" aria-labelledby="r59-themes">
      <h2 id="r59-themes">{t('themes.report.themes')}</h2>
      <ChartPanel
        level={3}
        title={t('themes.report.chart')}
        description={t('themes.report.chartDescription')}
        state={rows.length === 0 ? 'empty' : 'ready'}
        chart={() => (
          <>
            <StatusDistributionBars rows={rows} axisLabel={t('themes.report.axis')} />
            <StatusLegend />
          </>
        )}
        table={() => (
          <StatusDistributionTable
            rows={rows}
            groupHeader={t('themes.theme')}
            totalHeader={t('themes.report.total')}
          />
        )}
      />
      {report.themes.map((theme) => (
        <TableScroll key={theme.code} label={`${theme.code} ${theme.name.text}`}>
          <table className="table r59-table r59-theme" data-theme={theme.code}>
            <caption>
              <span className="code">{theme.code}</span> <LocalizedName value={theme.name} /> ·{' '}
              <StatusBadge status={theme.rollUp.status} /> ·{' '}
              {t('themes.report.coordinatorIs', { name: theme.coordinator?.name ?? '–' })} ·{' '}
              {t('themes.report.openCount', { formatted: formatNumber(theme.openCandidates, language) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('themes.unit')}</th>
                <th scope="col">{t('themes.report.kpis')}</th>
                <th scope="col">{t('themes.report.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {theme.units.length === 0 && (
                <tr>
                  <td colSpan={3}>{t('themes.report.nothing')}</td>
                </tr>
              )}
              {theme.units.map((u) => (
                <tr key={u.unit}>
                  <th scope="row">{u.unit}</th>
                  <td>
                    <ul className="r59-list">
                      {u.kpis.map((k) => (
                        <li key={k.code}>
                          <Link to={`/plans/${plan}/kpis/${k.code}`}>{k.code}</Link>{' '}
                          <LocalizedName value={k.name} /> <StatusBadge status={k.status} compact />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className="r59-list">
                      {u.activities.map((code) => (
                        <li key={code}>
                          <ActivityName code={code} index={index} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </section>
  );
}

export function JointSection({ report }: { report: ThemeReport }) {
  const { t } = useTranslation();
  const index = indexOf(report);
  return (
    <section className="r59-section" aria-labelledby="r59-joint">
      <h2 id="r59-joint">{t('themes.report.joint')}</h2>
      <TableScroll label={t('themes.report.jointActivities')}>
        <table className="table r59-table">
          <caption>{t('themes.report.jointActivities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('themes.report.activity')}</th>
              <th scope="col">{t('themes.report.runBy')}</th>
              <th scope="col">{t('themes.report.with')}</th>
              <th scope="col">{t('themes.report.themesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.joint.activities.map((code) => (
              <tr key={code}>
                <td>
                  <ActivityName code={code} index={index} />
                </td>
                <td>{index.get(code)?.unit}</td>
                <td>{index.get(code)?.participants.join(', ')}</td>
                <td>{index.get(code)?.themes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <DecisionTable
        caption={t('themes.report.jointDecisions')}
        decisions={report.joint.decisions}
        empty={t('themes.report.none')}
      />
    </section>
  );
}

function DecisionTable(props: {
  caption: string;
  decisions: ThemeReport['duplicates']['decisions'];
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={props.caption}>
      <table className="table r59-table r59-decisions">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('themes.theme')}</th>
            <th scope="col">{t('themes.report.pair')}</th>
            <th scope="col">{t('themes.radar.decision')}</th>
            <th scope="col">{t('themes.report.note')}</th>
          </tr>
        </thead>
        <tbody>
          {props.decisions.length === 0 && (
            <tr>
              <td colSpan={4}>{props.empty}</td>
            </tr>
          )}
          {props.decisions.map((d) => (
            <tr key={`${d.a.key}|${d.b.key}`}>
              <td>{d.theme}</td>
              <td>
                <bdi>
                  {d.a.unit} {d.a.code}: {d.a.title}
                </bdi>
                <br />
                <bdi>
                  {d.b.unit} {d.b.code}: {d.b.title}
                </bdi>
              </td>
              <td>{t(`themes.decisions.${d.decision}`)}</td>
              <td>
                <bdi>{d.note}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function DuplicatesSection({ report }: { report: ThemeReport }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { counts } = report.duplicates;
  return (
    <section className="r59-section" aria-labelledby="r59-duplicates">
      <h2 id="r59-duplicates">{t('themes.report.duplicates')}</h2>
      <dl className="r59-figures">
        {(['joint_work', 'duplicate', 'unrelated'] as const).map((d) => (
          <div key={d}>
            <dt>{t(`themes.decisions.${d}`)}</dt>
            <dd data-decision={d}>{formatNumber(counts[d], language)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('themes.report.openNow')}</dt>
          <dd data-open>{formatNumber(report.duplicates.open, language)}</dd>
        </div>
      </dl>
      <DecisionTable
        caption={t('themes.report.decisions')}
        decisions={report.duplicates.decisions}
        empty={t('themes.report.none')}
      />
    </section>
  );
}

export function OverlapsSection({ report }: { report: ThemeReport }) {
  const { t } = useTranslation();
  const index = indexOf(report);
  const when = (code: string) => {
    const a = index.get(code);
    return a ? `${a.unit} · ${a.region ?? t('themes.report.global')} · ${a.startDate} – ${a.endDate}` : '';
  };
  return (
    <section className="r59-section" aria-labelledby="r59-overlaps">
      <h2 id="r59-overlaps">{t('themes.report.overlaps')}</h2>
      <TableScroll label={t('themes.report.overlapsCaption')}>
        <table className="table r59-table">
          <caption>{t('themes.report.overlapsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('themes.report.event')}</th>
              <th scope="col">{t('themes.report.overlapsWith')}</th>
              <th scope="col">{t('themes.report.themesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.overlaps.length === 0 && (
              <tr>
                <td colSpan={3}>{t('themes.report.none')}</td>
              </tr>
            )}
            {report.overlaps.map((o) => (
              <tr key={`${o.a}|${o.b}`}>
                {[o.a, o.b].map((code) => (
                  <td key={code}>
                    <ActivityName code={code} index={index} />
                    <br />
                    <bdi className="muted">{when(code)}</bdi>
                  </td>
                ))}
                <td>{o.themes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
