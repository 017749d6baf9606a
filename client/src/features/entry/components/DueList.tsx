// "What is due": the planner's priority-quarters still to deliver, most urgent first, each opening its grid.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueWork } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import '../entry.css';
import '../due-list.css';
import { dueMark, type DueMark } from '../utils/due-marks.ts';
import { formatDate } from './format-date.ts';
import { PeriodLabel } from '../../../components/ui/PeriodLabel.tsx';

export function DueList({ due }: { due: DueWork }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (due.items.length === 0) return <p className="state">{t('entry.due.empty')}</p>;
  const markText = (mark: NonNullable<DueMark>) =>
    mark.kind === 'inProgress'
      ? t('entry.due.inProgress', { date: formatDate(mark.from, language) })
      : t(`entry.due.${mark.kind}`, { count: mark.days, days: formatNumber(mark.days, language) });
  return (
    <div className="entry-due-scroll">
      <table className="entry-due">
        <caption className="visually-hidden">{t('entry.due.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entry.due.columns.priority')}</th>
            <th scope="col">{t('entry.due.columns.quarter')}</th>
            <th scope="col">{t('entry.due.columns.dueDate')}</th>
            <th scope="col">{t('entry.due.columns.status')}</th>
            <th scope="col">{t('entry.due.columns.missing')}</th>
            <th scope="col">{t('entry.due.columns.returned')}</th>
          </tr>
        </thead>
        <tbody>
          {due.items.map((item) => {
            const mark = dueMark(item, due.asOf);
            return (
              <tr
                key={`${item.priority.code}|${item.period}`}
                className={item.overdue ? 'entry-overdue' : undefined}
              >
                <th scope="row">
                  <Link to={`/plans/${due.plan}/entry/${item.priority.code}/${item.period}`}>
                    <bdi>{item.priority.code}</bdi> · <LocalizedName value={item.priority.name} />
                    <span className="visually-hidden">
                      {' '}
                      <PeriodLabel period={item.period} />
                    </span>
                  </Link>
                </th>
                <td>
                  <PeriodLabel period={item.period} />
                </td>
                <td>
                  {formatDate(item.dueDate, language)}
                  {mark && (
                    <span className={`entry-due-mark entry-due-mark-${mark.kind}`}>
                      {mark.kind !== 'inProgress' && <span aria-hidden="true">⚠ </span>}
                      {markText(mark)}
                    </span>
                  )}
                </td>
                <td>{t(`entry.review.${item.status}`)}</td>
                <td>
                  {item.counts.missing === 0
                    ? t('entry.due.allEntered', {
                        count: item.counts.due,
                        due: formatNumber(item.counts.due, language),
                      })
                    : t('entry.due.stillMissing', {
                        count: item.counts.due,
                        due: formatNumber(item.counts.due, language),
                        missing: formatNumber(item.counts.missing, language),
                      })}
                </td>
                <td>{formatNumber(item.counts.returned, language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
