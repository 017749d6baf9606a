// One KPI's own value rules (they replace the plan's), and the list of KPIs that have some.
import type { PlanEntryRules } from '@rbm/shared/schemas';
import { NO_VALUE_RULES } from '@rbm/shared/rbm';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useSaveEntryRules } from '../api/save-entry-rules.ts';
import { ruleBody, ruleTexts } from './rule-form.ts';
import { ValueRuleFields } from './ValueRuleFields.tsx';

export function KpiRulesForm({
  rules,
  kpiCodes,
  onDone,
}: {
  rules: PlanEntryRules;
  kpiCodes: readonly string[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEntryRules(rules.plan);
  const [code, setCode] = useState('');
  const [texts, setTexts] = useState(() => ruleTexts(NO_VALUE_RULES));
  const [invalid, setInvalid] = useState<string[]>([]);

  function choose(next: string) {
    setCode(next);
    setTexts(ruleTexts(rules.kpis.find((k) => k.code === next)?.settings ?? NO_VALUE_RULES));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = ruleBody(texts);
    if ('invalid' in result) return setInvalid(result.invalid);
    setInvalid([]);
    if (code === '') return;
    save.mutate(
      { kind: 'kpi', code, body: result.body },
      { onSuccess: () => onDone(t('entryRules.kpiSaved', { kpi: code })) },
    );
  }

  return (
    <section className="rules-form" aria-labelledby="rules-kpi-heading">
      <h2 id="rules-kpi-heading">{t('entryRules.kpiRules')}</h2>
      <p className="muted">{t('entryRules.kpiRulesHelp')}</p>
      {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
      {rules.kpis.length === 0 ? (
        <p>{t('entryRules.noKpiRules')}</p>
      ) : (
        <ul className="rules-kpi-list">
          {rules.kpis.map((k) => (
            <li key={k.code}>
              <button type="button" className="button button-quiet" onClick={() => choose(k.code)}>
                <bdi>{k.code}</bdi>
              </button>{' '}
              <button
                type="button"
                className="button button-quiet"
                onClick={() =>
                  save.mutate(
                    { kind: 'removeKpi', code: k.code },
                    { onSuccess: () => onDone(t('entryRules.removed', { kpi: k.code })) },
                  )
                }
              >
                {t('entryRules.remove', { kpi: k.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="kpi-rule-code">{t('entryRules.kpi')}</label>
          <select id="kpi-rule-code" value={code} onChange={(event) => choose(event.target.value)}>
            <option value="">{t('entryRules.chooseKpi')}</option>
            {kpiCodes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {code !== '' && (
          <>
            <ValueRuleFields idPrefix="kpi-rule" texts={texts} invalid={invalid} forKpi onChange={setTexts} />
            <button type="submit" className="button" disabled={save.isPending}>
              {t('entryRules.saveKpi')}
            </button>
          </>
        )}
      </form>
    </section>
  );
}
