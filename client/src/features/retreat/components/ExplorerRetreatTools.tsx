// The explorer's view (the filters in the address, as the API answered them) exported and presented:
// an overview of KPIs by status per goal or Sector, then one slide per goal or Sector with its priorities.
import { useTranslation } from 'react-i18next';
import type { Explorer } from '@rbm/shared/schemas';
import {
  StatusDistributionBars,
  type DistributionRow,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { currentLanguage, RTL_LANGUAGES } from '../../../lib/i18n.ts';
import { explorerFileName, explorerFiltersLine, explorerWorkbook } from '../utils/explorer-workbook.ts';
import { statusBarsPng } from '../utils/figure-image.ts';
import { basisLine } from '../utils/retreat-texts.ts';
import type { Slide } from './PresentationMode.tsx';
import { GroupTable } from './RetreatSlides.tsx';
import { RetreatTools } from './RetreatTools.tsx';

export function ExplorerRetreatTools({ data }: { data: Explorer }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (data.basis.values !== 'approved') return null;
  const title = `${t('retreat.explorer.title')} · ${data.plan.name.text}`;
  const rootName = (root: Explorer['roots'][number]) =>
    root.kind === 'unlinked' ? t('retreat.kind.unlinked') : root.name.text;
  const rows: DistributionRow[] = data.roots.map((root) => ({
    key: root.code,
    label: root.kind === 'unlinked' ? rootName(root) : root.code,
    title: rootName(root),
    counts: root.rollUp.counts,
  }));
  const image = () =>
    statusBarsPng({
      title: `${t('retreat.explorer.imageTitle')} · ${data.plan.name.text}`,
      subtitle: `${basisLine(data.period, t, language)} ${explorerFiltersLine(data, t)}`,
      rtl: RTL_LANGUAGES.includes(language),
      rows: data.roots.map((root) => ({
        label: root.kind === 'unlinked' ? rootName(root) : root.code,
        segments: STATUS_ORDER.map((s) => ({
          count: root.rollUp.counts[s],
          color: STATUS_COLORS[s],
          symbol: STATUS_SYMBOLS[s],
        })),
      })),
      legend: STATUS_ORDER.map((s) => ({
        fill: STATUS_COLORS[s],
        text: `${STATUS_SYMBOLS[s]} ${t(`status.${s}`)}`,
      })),
    });
  const slides = (): Slide[] => [
    {
      title: t('retreat.explorer.imageTitle'),
      content: () => (
        <>
          <p className="presentation-basis">{basisLine(data.period, t, language)}</p>
          <StatusDistributionBars rows={rows} axisLabel={t('retreat.columns.kpis')} />
          <StatusLegend />
        </>
      ),
    },
    ...data.roots.map((root) => ({
      title: root.kind === 'unlinked' ? rootName(root) : `${root.code} ${rootName(root)}`,
      content: () => (
        <GroupTable
          caption={rootName(root)}
          lines={[
            { code: root.code, name: t('retreat.columns.total'), rollUp: root.rollUp },
            ...root.priorities.map((p) => ({ code: p.code, name: p.name.text, rollUp: p.rollUp })),
          ]}
        />
      ),
    })),
  ];
  return (
    <RetreatTools
      fileBase={explorerFileName(data, language)}
      workbook={() => explorerWorkbook(data, t, language)}
      image={image}
      title={title}
      slides={slides}
    />
  );
}
