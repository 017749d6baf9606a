// The mitigation actions of a risk: each with its description, owner, due date and status; added and
// removed with buttons (focus moves to the new action's first field, or back to "add" after a removal).
import { MITIGATION_STATUSES, type MitigationStatus } from '@rbm/shared/rbm';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { EMPTY_ACTION, type ActionDraft } from '../utils/risk-form.ts';

interface Props {
  actions: ActionDraft[];
  onChange: (actions: ActionDraft[]) => void;
  /** Error texts keyed `<index>.<field>`. */
  errors: Record<string, string>;
}

export function RiskActionsFieldset({ actions, onChange, errors }: Props) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusNext = useRef<'last' | 'add' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'last')
      listRef.current?.querySelector<HTMLElement>('li:last-child textarea, li:last-child input')?.focus();
    if (focusNext.current === 'add') addRef.current?.focus();
    focusNext.current = null;
  }, [actions.length]);
  const set = (i: number, change: Partial<ActionDraft>) =>
    onChange(actions.map((a, j) => (j === i ? { ...a, ...change } : a)));
  return (
    <fieldset className="risk-actions">
      <legend>{t('risks.form.actions')}</legend>
      {actions.length === 0 && <p className="muted">{t('risks.form.noActions')}</p>}
      <ol ref={listRef}>
        {actions.map((action, i) => {
          const number = i + 1;
          return (
            <li key={i}>
              <TextField
                id={`risk-action-${i}-description`}
                label={t('risks.form.actionDescription', { number })}
                value={action.description}
                onChange={(description) => set(i, { description })}
                maxLength={1000}
                required
                error={errors[`${i}.description`]}
              />
              <TextField
                id={`risk-action-${i}-owner`}
                label={t('risks.form.actionOwner', { number })}
                value={action.owner}
                onChange={(owner) => set(i, { owner })}
                maxLength={200}
                required
                error={errors[`${i}.owner`]}
              />
              <TextField
                id={`risk-action-${i}-due`}
                type="date"
                label={t('risks.form.actionDue', { number })}
                value={action.dueDate}
                onChange={(dueDate) => set(i, { dueDate })}
                error={errors[`${i}.dueDate`]}
              />
              <SelectField
                id={`risk-action-${i}-status`}
                label={t('risks.form.actionStatus', { number })}
                value={action.status}
                choices={MITIGATION_STATUSES.map((s) => ({ value: s, label: t(`risks.actionStatus.${s}`) }))}
                onChange={(status) => set(i, { status: status as MitigationStatus })}
                error={errors[`${i}.status`]}
              />
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  focusNext.current = 'add';
                  onChange(actions.filter((_, j) => j !== i));
                }}
              >
                {t('risks.form.removeAction', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        className="button button-quiet"
        onClick={() => {
          focusNext.current = 'last';
          onChange([...actions, { ...EMPTY_ACTION }]);
        }}
      >
        {t('risks.form.addAction')}
      </button>
    </fieldset>
  );
}
