// Recording or changing a MoU (a focal point of the owner unit): every field of the register; the server
// names each bad field, shown beside it. A saved change is a draft until a reviewer of the unit confirms it.
import { MOU_STATUSES, MOU_TYPES } from '@rbm/shared/rbm';
import type { Mou, MouBody } from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import {
  fieldProblemTexts,
  fieldProblems,
  formErrorText,
  useFocusFirstError,
} from '../../../lib/form-errors.ts';

type Draft = Record<keyof MouBody, string>;

const draftOf = (m: Mou | null): Draft => ({
  code: m?.code ?? '',
  partner: m?.partner ?? '',
  type: m?.type ?? MOU_TYPES[0],
  signedDate: m?.signedDate ?? '',
  expiryDate: m?.expiryDate ?? '',
  financialAmount: m?.financialAmount === null || m === null ? '' : String(m.financialAmount),
  currency: m?.currency ?? '',
  strategicImplications: m?.strategicImplications ?? '',
  status: m?.status ?? 'under_negotiation',
  sector: m?.sector.code ?? '',
  region: m?.region ?? '',
  priorities: m?.priorities.join(', ') ?? '',
  themes: m?.themes.join(', ') ?? '',
});

const codes = (text: string) => text.split(/[,;\s]+/).filter((c) => c !== '');

/** The body to send: empty optional fields as null, lists split. */
export function bodyOf(d: Draft): MouBody {
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  const amount = orNull(d.financialAmount);
  return {
    code: d.code.trim(),
    partner: d.partner.trim(),
    type: d.type as MouBody['type'],
    signedDate: d.signedDate,
    expiryDate: orNull(d.expiryDate),
    financialAmount: amount === null ? null : Number(amount),
    currency: orNull(d.currency),
    strategicImplications: orNull(d.strategicImplications),
    status: d.status as MouBody['status'],
    sector: d.sector.trim(),
    region: orNull(d.region),
    priorities: codes(d.priorities),
    themes: codes(d.themes),
  };
}

interface Props {
  mou: Mou | null;
  pending: boolean;
  error: unknown;
  onSave: (body: MouBody) => void;
  onCancel?: () => void;
}

export function MouForm({ mou, pending, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(mou));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error ? attempt : 0);
  const problems = fieldProblemTexts(t, 'mous.form', fieldProblems(error));
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof Draft, extra: Record<string, unknown> = {}) => (
    <TextField
      id={`mou-${key}`}
      label={t(`mous.field.${key}`)}
      value={draft[key]}
      onChange={set(key)}
      error={problems[key] ?? null}
      {...extra}
    />
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((a) => a + 1);
    onSave(bodyOf(draft));
  }
  return (
    <form ref={formRef} className="mou-form" onSubmit={submit} noValidate>
      {error !== null && error !== undefined && <FormAlert>{formErrorText(t, error)}</FormAlert>}
      {text('code', { required: true, hint: t('mous.form.codeHint') })}
      {text('partner', { required: true })}
      <SelectField
        id="mou-type"
        label={t('mous.field.type')}
        value={draft.type}
        choices={MOU_TYPES.map((v) => ({ value: v, label: t(`mous.type.${v}`) }))}
        onChange={set('type')}
      />
      {text('signedDate', { type: 'date', required: true })}
      {text('expiryDate', { type: 'date' })}
      {text('financialAmount', { inputMode: 'decimal', hint: t('mous.form.amountHint') })}
      {text('currency', { hint: t('mous.form.currencyHint'), maxLength: 3 })}
      {text('strategicImplications')}
      <SelectField
        id="mou-status"
        label={t('mous.field.status')}
        value={draft.status}
        choices={MOU_STATUSES.map((v) => ({ value: v, label: t(`mous.status.${v}`) }))}
        onChange={set('status')}
      />
      {text('sector', { required: true, hint: t('mous.form.unitHint') })}
      {text('region', { hint: t('mous.form.regionHint') })}
      {text('priorities', { hint: t('mous.form.codesHint') })}
      {text('themes', { hint: t('mous.form.codesHint') })}
      <div className="mou-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('mous.form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('mous.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
