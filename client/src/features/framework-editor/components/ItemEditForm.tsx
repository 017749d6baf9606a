// Inline edit of an item's English name and, for a target, its value and deadline year. In an active plan a
// changed target value or deadline asks for a reason, kept in the target's revision history.
import type { FrameworkItem } from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import {
  fieldProblems,
  fieldProblemText,
  formErrorText,
  useFocusFirstError,
} from '../../../lib/form-errors.ts';
import { useUpdateItem } from '../api/update-item.ts';
import { TranslationFields, translationsBody, type NameTexts } from './TranslationFields.tsx';

export function ItemEditForm({
  item,
  planActive,
  onDone,
}: {
  item: FrameworkItem;
  planActive: boolean;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateItem();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  const [name, setName] = useState(item.name);
  const [value, setValue] = useState(
    item.value === null || item.value === undefined ? '' : String(item.value),
  );
  const [deadline, setDeadline] = useState(item.deadlineYear === undefined ? '' : String(item.deadlineYear));
  const [reason, setReason] = useState('');
  const [parentUnit, setParentUnit] = useState(item.parent ?? '');
  const [names, setNames] = useState<NameTexts>(() => ({
    fr: item.translations.fr?.name ?? '',
    es: item.translations.es?.name ?? '',
    ar: item.translations.ar?.name ?? '',
    ru: item.translations.ru?.name ?? '',
    zh: item.translations.zh?.name ?? '',
  }));
  const isTarget = item.kind === 'target';
  const newValue = value.trim() === '' ? null : Number(value);
  const targetChanges =
    isTarget && (newValue !== (item.value ?? null) || Number(deadline) !== item.deadlineYear);
  const problems = fieldProblems(update.error);
  const problem = (field: string) => {
    const p = problems[field];
    return p ? fieldProblemText(t, 'frameworkEditor.fields', field, p) : null;
  };
  const id = (field: string) => `edit-${item.kind}-${item.id}-${field}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      name,
      translations: translationsBody(names),
      // a unit moves under the unit named (none: to the top of the tree)
      ...(item.kind === 'unit' ? { parent: parentUnit.trim() === '' ? null : parentUnit.trim() } : {}),
      ...(isTarget ? { value: newValue, deadlineYear: Number(deadline) } : {}),
      ...(targetChanges && reason.trim() !== '' ? { reason } : {}),
    };
    // mutateAsync, not mutate's callbacks: those are dropped when the save's refetch moves this row elsewhere
    // in the tree (a new unit above it: its component unmounts), and the save would go unannounced.
    update.mutateAsync({ item, body }).then(
      () => onDone(t('frameworkEditor.saved', { code: item.code })),
      () => setAttempt((n) => n + 1),
    );
  }

  return (
    <form ref={formRef} className="editor-form" onSubmit={submit} noValidate>
      {update.isError && Object.keys(problems).length === 0 && (
        <FormAlert>{formErrorText(t, update.error)}</FormAlert>
      )}
      <TextField
        id={id('name')}
        label={t('frameworkEditor.fields.name.label')}
        value={name}
        onChange={setName}
        error={problem('name')}
        required
      />
      {isTarget && (
        <>
          <TextField
            id={id('value')}
            label={t('frameworkEditor.fields.value.label')}
            value={value}
            onChange={setValue}
            error={problem('value')}
            inputMode="decimal"
          />
          <TextField
            id={id('deadlineYear')}
            label={t('frameworkEditor.fields.deadlineYear.label')}
            value={deadline}
            onChange={setDeadline}
            error={problem('deadlineYear')}
            inputMode="numeric"
          />
          {planActive && targetChanges && (
            <TextField
              id={id('reason')}
              label={t('frameworkEditor.fields.reason.label')}
              hint={t('frameworkEditor.fields.reason.hint')}
              value={reason}
              onChange={setReason}
              error={problem('reason')}
            />
          )}
        </>
      )}
      {item.kind === 'unit' && (
        <TextField
          id={id('parent')}
          label={t('frameworkUnits.parentUnit.label')}
          hint={t('frameworkUnits.parentUnit.hint')}
          value={parentUnit}
          onChange={setParentUnit}
          error={problem('parent')}
        />
      )}
      <TranslationFields idPrefix={id('name')} names={names} onChange={setNames} />
      <div className="editor-form-actions">
        <button type="submit" disabled={update.isPending}>
          {t('frameworkEditor.save')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onDone(null)}>
          {t('frameworkEditor.cancel')}
        </button>
      </div>
    </form>
  );
}
