// The plain sentence saying where a target is heading, with the outlook's colour and shape.
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { OUTLOOK_STATUS, outlookSentence, type MeasuredTarget } from '../utils/target-trends.ts';
import { formatYear } from '../utils/statistic-format.ts';

export function OutlookSentence({
  measured,
}: {
  measured: Pick<MeasuredTarget, 'outlook' | 'forecast' | 'target'>;
}) {
  const { t, i18n } = useTranslation();
  const status = OUTLOOK_STATUS[measured.outlook];
  const sentence = outlookSentence(measured);
  const key = sentence.key === 'later' && sentence.year === null ? 'away' : sentence.key;
  return (
    <p className={`outlook outlook-${status}`} data-outlook={measured.outlook}>
      <span className="outlook-symbol" aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>
        {STATUS_SYMBOLS[status]}
      </span>{' '}
      {t(`overview.outlook.${key}`, {
        year: sentence.year === null ? '' : formatYear(sentence.year, i18n.language),
      })}
    </p>
  );
}
