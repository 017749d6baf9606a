// The frame of every chart: a titled figure with its loading, error and empty states and a "show as
// table" switch, so each chart has a table alternative reachable by keyboard and screen reader.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../ui/QueryState.tsx';

export type ChartPanelState = 'loading' | 'error' | 'empty' | 'ready';

export interface ChartPanelProps {
  title: string;
  /** One sentence saying what the chart shows; also the chart's accessible description. */
  description?: string;
  state: ChartPanelState;
  error?: unknown;
  onRetry?: () => void;
  emptyText?: string;
  /** The chart itself (rendered only when ready). */
  chart: () => ReactNode;
  /** The same figures as a table (rendered only when ready). */
  table: () => ReactNode;
  /** Heading level of the title; 2 unless the panel sits under a deeper heading. */
  level?: 2 | 3 | 4;
  /** Starts on the table (for example when printing). */
  initialView?: 'chart' | 'table';
  actions?: ReactNode;
}

export function ChartPanel(props: ChartPanelProps) {
  const { t } = useTranslation();
  const [view, setView] = useState(props.initialView ?? 'chart');
  const titleId = useId();
  const descriptionId = useId();
  const Heading = `h${props.level ?? 2}` as 'h2' | 'h3' | 'h4';
  return (
    <figure className="chart-panel" aria-labelledby={titleId}>
      <div className="chart-panel-header">
        <Heading id={titleId} className="chart-panel-title">
          {props.title}
        </Heading>
        <div className="chart-panel-actions">
          {props.actions}
          {props.state === 'ready' && (
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={view === 'table'}
              onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
            >
              {view === 'chart' ? t('chart.showTable') : t('chart.showChart')}
            </button>
          )}
        </div>
      </div>
      {props.description && (
        <p id={descriptionId} className="chart-panel-description">
          {props.description}
        </p>
      )}
      {props.state === 'loading' && <Loading label={t('chart.loading')} />}
      {props.state === 'error' && (
        <ErrorState error={props.error} message={t('chart.error')} onRetry={props.onRetry} />
      )}
      {props.state === 'empty' && <p className="state state-empty">{props.emptyText ?? t('chart.empty')}</p>}
      {props.state === 'ready' &&
        (view === 'chart' ? (
          <div
            className="chart-panel-chart"
            role="img"
            aria-labelledby={titleId}
            aria-describedby={props.description ? descriptionId : undefined}
          >
            {props.chart()}
          </div>
        ) : (
          <div className="chart-panel-table table-scroll">{props.table()}</div>
        ))}
    </figure>
  );
}
