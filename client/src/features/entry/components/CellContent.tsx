// What a grid cell shows when it is not being edited: figures in the user's language, the typed text,
// the live status, the value's state in words, and any error or reviewer comment beside it.
import { useTranslation } from 'react-i18next';
import { keepsAllDigits, valueStateLabel } from '@rbm/shared/rbm';
import type { EntryKpi, EntrySheet, EntryValue } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { Column } from '../utils/cells.ts';
import { liveAssessment } from '../utils/live-status.ts';
import { parseNumber } from '../utils/parse-number.ts';
import { entryYearToDate, showsYearToDate } from '../utils/year-to-date.ts';

interface Props {
  sheet: EntrySheet;
  kpi: EntryKpi;
  column: Column;
  text: (field: 'value' | 'noData' | 'note' | 'evidence', region?: string | null) => string;
  stored: EntryValue | null;
  /** The figure the live status uses: the typed number, or the saved one while the typed text is refused. */
  live: number | null;
}

export function CellContent({ sheet, kpi, column, text, stored, live }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figure = (value: number | null | undefined) => formatKpiValue(value ?? null, kpi.unit, language);
  const typed = (region: string | null) => {
    const raw = text('value', region);
    const number = parseNumber(raw, language);
    // A number a double cannot keep is shown as typed, never with its digits lost.
    return raw.trim() === '' ? '' : number === null || !keepsAllDigits(number) ? raw : figure(number);
  };
  switch (column.id) {
    case 'kpi':
      return (
        <>
          <bdi className="entry-code">{kpi.code}</bdi> <LocalizedName value={kpi.name} />
          {kpi.byRegion && <span className="entry-note"> ({t('entry.byRegionMark')})</span>}
          {!kpi.due && <span className="entry-note"> {t('entry.notDue')}</span>}
        </>
      );
    case 'unit':
      return <>{t(`entry.units.${kpi.unit}`)}</>;
    case 'baseline':
      return kpi.baseline === null ? (
        <>–</>
      ) : (
        <>
          {figure(kpi.baseline.value)}{' '}
          <span className="entry-note">
            (<bdi>{kpi.baseline.period}</bdi>)
          </span>
        </>
      );
    case 'target':
      return <>{figure(kpi.yearTarget)}</>;
    case 'expected':
      // A flow's expectation is for the year so far: said so, as the quarter's cell shows its year-to-date.
      return (
        <>
          {figure(kpi.expected)}
          {showsYearToDate(kpi) && <span className="entry-ytd">{t('entry.expectedYearToDate')}</span>}
        </>
      );
    case 'lastQuarter':
      return <>{figure(kpi.lastQuarter?.value)}</>;
    case 'value': {
      const yearToDate = entryYearToDate(kpi, sheet.period, live);
      return (
        <>
          {typed(null)}
          {yearToDate !== null && (
            <span className="entry-ytd">{t('entry.yearToDate', { value: figure(yearToDate) })}</span>
          )}
        </>
      );
    }
    case 'region':
      return kpi.byRegion ? (
        <>{typed(column.region)}</>
      ) : (
        <span className="entry-note">
          <span aria-hidden="true">·</span>
          <span className="visually-hidden">{t('entry.notByRegion')}</span>
        </span>
      );
    case 'noData':
      return <>{text('noData')}</>;
    case 'note':
      return <>{text('note')}</>;
    case 'evidence': {
      const url = text('evidence');
      return url === '' ? null : (
        <a href={url} target="_blank" rel="noreferrer" tabIndex={-1} className="entry-link">
          {url.replace(/^https?:\/\//, '')}
        </a>
      );
    }
    case 'status': {
      const assessment = liveAssessment(kpi, sheet.plan, sheet.period, sheet.asOf, live);
      return <StatusBadge status={assessment.status} />;
    }
    case 'state': {
      const state = valueStateLabel(stored);
      return (
        <>
          <span className={`entry-state entry-state-${state}`}>{t(`entry.state.${state}`)}</span>
          {stored?.returnComment && (
            <span className="entry-return-comment">
              {t('entry.reviewerSaid')} {stored.returnComment}
            </span>
          )}
        </>
      );
    }
  }
}
