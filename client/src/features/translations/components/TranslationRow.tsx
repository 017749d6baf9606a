// One text: the English beside its translation, edited in place. Enter saves a name, Ctrl+Enter a
// paragraph, Escape puts back what was saved; "saved" and failures are announced.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationItem } from '@rbm/shared/schemas';
import { fieldProblemText, fieldProblems, formErrorText } from '../../../lib/form-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useSaveTranslation } from '../api/save-translation.ts';
import { draftProblem, isChanged } from '../utils/translation-list.ts';
import { TranslationStatus } from './TranslationStatus.tsx';

export function TranslationRow({ item }: { item: TranslationItem }) {
  const { t } = useTranslation();
  const id = useId();
  // What the server holds: the item's text, then whatever this row saved since.
  const [saved, setSaved] = useState(item.text);
  const [status, setStatus] = useState(item.status);
  const [draft, setDraft] = useState(item.text ?? '');
  const [checked, setChecked] = useState(false);
  const save = useSaveTranslation();
  const local = checked ? draftProblem(item.field, draft) : null;
  const remote = save.isError ? fieldProblems(save.error).text : undefined;
  const problem = local
    ? t(`validation.${local}`)
    : remote
      ? fieldProblemText(t, 'translations.fieldErrors', 'text', remote)
      : save.isError
        ? formErrorText(t, save.error)
        : null;
  const changed = isChanged(saved, draft);
  const what = t('translations.textOf', {
    code: item.code,
    field: t(`translations.fields.${item.field}`),
  });

  function submit() {
    setChecked(true);
    if (!changed || save.isPending || draftProblem(item.field, draft) !== null) return;
    save.mutate(
      {
        key: { entity: item.entity, id: item.entityId, field: item.field, language: item.language },
        text: draft,
      },
      {
        onSuccess: (result) => {
          setSaved(result.text);
          setStatus(result.status);
          setDraft(result.text ?? '');
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      setDraft(saved ?? '');
      setChecked(false);
      save.reset();
    } else if (event.key === 'Enter' && (item.field === 'name' || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  const input = {
    id: `${id}-input`,
    value: draft,
    lang: item.language,
    dir: item.language === 'ar' ? 'rtl' : 'ltr',
    'aria-invalid': problem !== null,
    'aria-describedby': problem !== null ? `${id}-problem` : undefined,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (save.isSuccess || save.isError) save.reset();
    },
    onKeyDown,
  };
  const updatedAt = save.isSuccess ? save.data.updatedAt : item.updatedAt;

  return (
    <tr className={saved === null ? 'translation-missing' : undefined}>
      <th scope="row">
        <span className="translation-code" dir="ltr">
          {item.code}
        </span>
        <span className="muted translation-kind">
          {t(`translations.entities.${item.entity}`)} · {t(`translations.fields.${item.field}`)}
        </span>
      </th>
      <td lang="en" dir="ltr" className="translation-english">
        {item.english}
      </td>
      <td>
        <label htmlFor={input.id} className="visually-hidden">
          {t('translations.inputLabel', { language: t(`translations.languages.${item.language}`), what })}
        </label>
        {/* a name is one line, but long ones must be readable whole: a short text area where Enter saves */}
        <textarea className="translation-input" rows={item.field === 'name' ? 2 : 4} {...input} />
        {problem !== null && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        )}
        {saved === null && !changed && (
          <p className="muted translation-note">{t('translations.notTranslated')}</p>
        )}
      </td>
      <td className="translation-actions">
        <button
          type="button"
          className="button"
          onClick={submit}
          // not `disabled`: a button that turns disabled while focused drops the keyboard focus
          aria-disabled={!changed || save.isPending}
        >
          {draft.trim() === '' && saved !== null ? t('translations.remove') : t('translations.save')}
          <span className="visually-hidden"> {what}</span>
        </button>
        <span role="status" className="translation-status">
          {save.isPending && t('translations.saving')}
          {save.isSuccess &&
            !changed &&
            t(save.data.text === null ? 'translations.removed' : 'translations.saved')}
        </span>
        {saved !== null && status !== null && !changed && (
          <TranslationStatus
            item={item}
            status={status}
            what={what}
            onConfirmed={(c) => setStatus(c.status)}
          />
        )}
        {updatedAt !== null && !save.isPending && (
          <span className="muted translation-updated">
            {t('translations.updatedAt', { date: formatDateTime(updatedAt, currentLanguage()) })}
          </span>
        )}
      </td>
    </tr>
  );
}
