// Mapping a resolution, or changing one (administrators and the coordinators of a linked theme): conference,
// number, revision, the title in each language held, the responsible entity per Sector, themes, priorities.
import { LANGUAGES } from '@rbm/shared';
import {
  CONFERENCES,
  RESOLUTION_SECTORS,
  type Conference,
  type Resolution,
  type ResolutionBody,
  type ThemeList,
} from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import {
  fieldProblemText,
  fieldProblems,
  formErrorText,
  useFocusFirstError,
} from '../../../lib/form-errors.ts';
import { useSaveResolution } from '../api/save-resolution.ts';
import { codesOf } from '../utils/resolution-filters.ts';

const blank: ResolutionBody = {
  conference: 'PP',
  number: '',
  revision: null,
  titles: {},
  entities: {},
  themes: [],
  priorities: [],
};

export function ResolutionForm({
  resolution,
  themes,
  onDone,
}: {
  resolution: Resolution | null;
  themes: ThemeList['items'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveResolution();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  const [body, setBody] = useState<ResolutionBody>(
    resolution
      ? {
          conference: resolution.conference,
          number: resolution.number,
          revision: resolution.revision,
          titles: resolution.titles,
          entities: resolution.entities,
          themes: resolution.themes,
          priorities: resolution.priorities.map((p) => p.code),
        }
      : blank,
  );
  const [priorities, setPriorities] = useState(body.priorities.join(', '));
  const problems = fieldProblems(save.error);
  const problem = (field: string) => {
    const p = problems[field];
    return p ? fieldProblemText(t, 'resolutions.form', field, p) : null;
  };
  const set = (next: Partial<ResolutionBody>) => setBody((b) => ({ ...b, ...next }));
  const heading = resolution
    ? t('resolutions.form.editHeading', {
        name: t('resolutions.name', {
          conference: t(`resolutions.conference.${resolution.conference}`),
          number: resolution.number,
        }),
      })
    : t('resolutions.form.newHeading');

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = <T extends Record<string, string | undefined>>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v.trim() !== '')) as T;
    save.mutate(
      {
        id: resolution?.id ?? null,
        version: resolution?.version ?? 1,
        body: {
          ...body,
          revision: body.revision?.trim() ? body.revision.trim() : null,
          titles: clean(body.titles),
          entities: clean(body.entities),
          priorities: codesOf(priorities),
        },
      },
      { onSuccess: onDone, onError: () => setAttempt((a) => a + 1) },
    );
  }

  return (
    <section className="resolution-form-panel" aria-labelledby="resolution-form-heading">
      <h2 id="resolution-form-heading">{heading}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="resolution-form">
        {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
        <div className="resolution-form-row">
          <div className="field">
            <label htmlFor="resolution-conference">{t('resolutions.form.conference')}</label>
            <select
              id="resolution-conference"
              value={body.conference}
              onChange={(e) => set({ conference: e.target.value as Conference })}
            >
              {CONFERENCES.map((c) => (
                <option key={c} value={c}>
                  {t(`resolutions.conference.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id="resolution-number"
            label={t('resolutions.form.number')}
            value={body.number}
            onChange={(number) => set({ number })}
            error={problem('number')}
            required
          />
          <TextField
            id="resolution-revision"
            label={t('resolutions.form.revision')}
            hint={t('resolutions.form.revisionHint')}
            value={body.revision ?? ''}
            onChange={(revision) => set({ revision })}
            error={problem('revision')}
          />
        </div>
        <fieldset>
          <legend>{t('resolutions.form.titles')}</legend>
          {problem('titles') && <p className="field-error">{problem('titles')}</p>}
          {LANGUAGES.map((l) => (
            <TextField
              key={l}
              id={`resolution-title-${l}`}
              label={t(`resolutions.language.${l}`)}
              lang={l}
              dir={l === 'ar' ? 'rtl' : 'ltr'}
              value={body.titles[l] ?? ''}
              onChange={(text) => set({ titles: { ...body.titles, [l]: text } })}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('resolutions.form.entities')}</legend>
          <p className="field-hint">{t('resolutions.form.entitiesHint')}</p>
          {RESOLUTION_SECTORS.map((s) => (
            <TextField
              key={s}
              id={`resolution-entity-${s}`}
              label={t(`resolutions.sector.${s}`)}
              value={body.entities[s] ?? ''}
              onChange={(text) => set({ entities: { ...body.entities, [s]: text } })}
            />
          ))}
        </fieldset>
        <fieldset
          className="resolution-themes"
          data-invalid={problem('themes') ? true : undefined}
          tabIndex={-1}
        >
          <legend>{t('resolutions.form.themes')}</legend>
          {problem('themes') && <p className="field-error">{problem('themes')}</p>}
          {themes.map((theme) => (
            <label key={theme.code} className="checkbox">
              <input
                type="checkbox"
                checked={body.themes.includes(theme.code)}
                onChange={(e) =>
                  set({
                    themes: e.target.checked
                      ? [...body.themes, theme.code]
                      : body.themes.filter((c) => c !== theme.code),
                  })
                }
              />{' '}
              {theme.name.text}
            </label>
          ))}
        </fieldset>
        <TextField
          id="resolution-priorities"
          label={t('resolutions.form.priorities')}
          hint={t('resolutions.form.prioritiesHint')}
          value={priorities}
          onChange={setPriorities}
          error={problem('priorities')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('resolutions.form.save')}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t('resolutions.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
