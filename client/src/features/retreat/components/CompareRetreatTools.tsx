// The comparison's view (period, rows and rankings in the address) exported and presented: the heatmap,
// the ranking of the groups on screen, and the ranking of the regions.
import { useTranslation } from 'react-i18next';
import { scoreBand, SCORE_BANDS } from '@rbm/shared/rbm';
import { formatShare } from '../../../components/charts/format-share.ts';
import { STATUS_SYMBOLS, STATUS_TINTS } from '../../../components/charts/status-style.ts';
import { currentLanguage, RTL_LANGUAGES } from '../../../lib/i18n.ts';
import {
  compareFileName,
  compareWorkbook,
  type CompareViewData,
  type RankedGroup,
} from '../utils/compare-workbook.ts';
import { heatmapPng } from '../utils/figure-image.ts';
import { retreatDeckUrl } from '../utils/retreat-deck.ts';
import { basisLine, periodLabel } from '../utils/retreat-texts.ts';
import type { Slide } from './PresentationMode.tsx';
import { GroupTable, HeatmapSlide } from './RetreatSlides.tsx';
import { RetreatTools } from './RetreatTools.tsx';

const lines = (ranking: readonly RankedGroup[]) =>
  ranking.map(({ group, rank }) => ({ code: group.code, name: group.name.text, rollUp: group.rollUp, rank }));

export function CompareRetreatTools({ view }: { view: CompareViewData }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const data = view.groups;
  if (data.basis.values !== 'approved') return null;
  const title = `${t('retreat.compare.title')} · ${data.plan.name.text}`;
  const rowsText = t(`retreat.view.${view.rows}`);
  const rankTitle = (groups: string, figure: string) =>
    `${groups} · ${t('retreat.filters.rank')}: ${t(`retreat.figure.${figure}`)}`;
  const image = () =>
    heatmapPng({
      title: `${t('retreat.compare.heatmapTitle')} · ${rowsText}`,
      subtitle: `${data.plan.name.text} · ${basisLine(data.period, t, language)}`,
      rtl: RTL_LANGUAGES.includes(language),
      columns: data.heatmap.periods.map((p) => periodLabel(p, t, language)),
      rows: data.heatmap.rows.map((row) => ({
        label: row.code,
        cells: row.cells.map((cell) => ({
          text: `${formatShare(cell.score, language)} ${STATUS_SYMBOLS[cell.status]}`,
          fill: STATUS_TINTS[scoreBand(cell.score, data.thresholds, cell.status)],
        })),
      })),
      legend: SCORE_BANDS.map((band) => ({
        fill: STATUS_TINTS[band],
        text:
          band === 'none'
            ? `${STATUS_SYMBOLS.no_data} ${t('status.no_data')}`
            : `${STATUS_SYMBOLS[band]} ${t(`status.${band}`)}`,
      })),
    });
  const slides = (): Slide[] => [
    {
      title: `${t('retreat.compare.heatmapTitle')} · ${rowsText}`,
      content: () => (
        <>
          <p className="presentation-basis">{basisLine(data.period, t, language)}</p>
          <HeatmapSlide data={data} caption={t('retreat.compare.heatmapTitle')} />
        </>
      ),
    },
    {
      title: rankTitle(rowsText, view.rank),
      content: () => <GroupTable caption={rowsText} lines={lines(view.ranking)} />,
    },
    ...(view.regions
      ? [
          {
            title: rankTitle(t('retreat.view.region'), view.regionRank),
            content: () => (
              <GroupTable caption={t('retreat.view.region')} lines={lines(view.regionRanking)} />
            ),
          },
        ]
      : []),
  ];
  return (
    <RetreatTools
      fileBase={compareFileName(view, language)}
      workbook={() => compareWorkbook(view, t, language)}
      image={image}
      title={title}
      slides={slides}
      links={
        <a
          className="button button-quiet"
          href={retreatDeckUrl(data.plan.code, data.period, language)}
          download
        >
          {t('retreat.tools.deck')}
        </a>
      }
    />
  );
}
