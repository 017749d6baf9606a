// One KPI under its outcome in the framework editor: code, name, unit and annual targets, and two panels:
// its definition and its annual targets (opened at once when the address names the KPI, as the activation
// checklist's links do).
import type { KpiDefinition } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnualTargetsEditor } from './AnnualTargetsEditor.tsx';
import { KpiForm } from './KpiForm.tsx';

export function KpiRow({
  kpi,
  years,
  planStatus,
  focus,
  onAnnounce,
}: {
  kpi: KpiDefinition;
  years: readonly number[];
  planStatus: string;
  focus: boolean;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [targets, setTargets] = useState(focus);
  const open = planStatus !== 'closed';
  const missing = years.filter((y) => !kpi.annualTargets.some((a) => a.year === y));
  const done = (close: () => void) => (message: string | null) => {
    close();
    if (message) onAnnounce(message);
  };
  return (
    <li className="editor-item kpi-item" data-kpi={kpi.code}>
      <div className="editor-item-line">
        <span className="kpi-badge">{t('kpiAuthoring.kpi')}</span>
        <span className="editor-item-code">{kpi.code}</span>{' '}
        <span className="editor-item-name">{kpi.name}</span>
        <span className="muted">
          {' '}
          {t(`kpiAuthoring.units.${kpi.unit}`)}
          {' · '}
          {kpi.annualTargets.length === 0
            ? t('kpiAuthoring.noTargets')
            : kpi.annualTargets.map((a) => `${a.year}: ${a.value}`).join(' · ')}
        </span>
        {missing.length > 0 && kpi.annualTargets.length > 0 && (
          <span className="badge">{t('kpiAuthoring.missingYears', { years: missing.join(', ') })}</span>
        )}
        {open && (
          <span className="editor-item-actions">
            <button
              type="button"
              className="button-quiet"
              onClick={() => setEditing((e) => !e)}
              aria-expanded={editing}
            >
              {t('kpiAuthoring.actions.edit')}
              <span className="visually-hidden"> {kpi.code}</span>
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => setTargets((s) => !s)}
              aria-expanded={targets}
            >
              {t('kpiAuthoring.actions.targets')}
              <span className="visually-hidden"> {kpi.code}</span>
            </button>
          </span>
        )}
      </div>
      {open && editing && (
        <KpiForm target={{ kind: 'edit', kpi }} years={years} onDone={done(() => setEditing(false))} />
      )}
      {open && targets && (
        <AnnualTargetsEditor
          kpi={kpi}
          years={years}
          draft={planStatus === 'draft'}
          focus={focus}
          onDone={done(() => setTargets(false))}
        />
      )}
    </li>
  );
}
