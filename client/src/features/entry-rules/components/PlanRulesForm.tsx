// The plan's completeness rules and its value rule defaults, saved together (with the loaded version).
import { NARRATIVES, NOTE_TRIGGERS, type Narrative, type NoteTrigger } from '@rbm/shared/rbm';
import type { PlanEntryRules } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useSaveEntryRules } from '../api/save-entry-rules.ts';
import { ruleBody, ruleTexts } from './rule-form.ts';
import { ValueRuleFields } from './ValueRuleFields.tsx';

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function PlanRulesForm({
  rules,
  onDone,
}: {
  rules: PlanEntryRules;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEntryRules(rules.plan);
  const [narratives, setNarratives] = useState<Narrative[]>([...rules.completeness.requiredNarratives]);
  const [notes, setNotes] = useState<NoteTrigger[]>([...rules.completeness.noteRequiredFor]);
  const [texts, setTexts] = useState(() => ruleTexts(rules.defaults));
  const [invalid, setInvalid] = useState<string[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = ruleBody(texts);
    if ('invalid' in result) return setInvalid(result.invalid);
    setInvalid([]);
    const body = {
      completeness: {
        requiredNarratives: NARRATIVES.filter((n) => narratives.includes(n)),
        noteRequiredFor: NOTE_TRIGGERS.filter((n) => notes.includes(n)),
      },
      defaults: result.body,
      ...(rules.version > 0 ? { version: rules.version } : {}),
    };
    save.mutate({ kind: 'plan', body }, { onSuccess: () => onDone(t('entryRules.saved')) });
  }

  return (
    <form onSubmit={submit} className="rules-form" aria-labelledby="rules-plan-heading">
      <h2 id="rules-plan-heading">{t('entryRules.completeness')}</h2>
      {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
      <fieldset>
        <legend>{t('entryRules.requiredNarratives')}</legend>
        {NARRATIVES.map((field) => (
          <label key={field} className="rules-check">
            <input
              type="checkbox"
              checked={narratives.includes(field)}
              onChange={(event) => setNarratives(toggle(narratives, field, event.target.checked))}
            />{' '}
            {t(`entryRules.narratives.${field}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('entryRules.noteRequiredFor')}</legend>
        {NOTE_TRIGGERS.map((trigger) => (
          <label key={trigger} className="rules-check">
            <input
              type="checkbox"
              checked={notes.includes(trigger)}
              onChange={(event) => setNotes(toggle(notes, trigger, event.target.checked))}
            />{' '}
            {t(`entryRules.triggers.${trigger}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('entryRules.defaults')}</legend>
        <p className="muted">{t('entryRules.defaultsHelp')}</p>
        <ValueRuleFields
          idPrefix="plan-rule"
          texts={texts}
          invalid={invalid}
          forKpi={false}
          onChange={setTexts}
        />
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('entryRules.save')}
      </button>
    </form>
  );
}
