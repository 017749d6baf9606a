// Choose whole Sectors and/or single thematic priorities of the active plan. A whole Sector covers
// its priorities, so theirs are shown ticked and cannot be unticked one by one.
import { useTranslation } from 'react-i18next';
import type { UserScope } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { INVALID_GROUP_ATTRIBUTE } from '../../../lib/form-errors.ts';
import { choiceSectors, unknownScopeCodes, withCode, type ScopeChoices } from '../utils/scope.ts';

export function ScopeFieldset({
  idPrefix,
  scope,
  onChange,
  choices,
  error,
}: {
  idPrefix: string;
  scope: UserScope;
  onChange: (scope: UserScope) => void;
  choices: ScopeChoices;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const sectors = choiceSectors(choices);
  // Until the framework is there, no code can be told unknown.
  const unknown =
    choices.status === 'ready' ? unknownScopeCodes(scope, sectors) : { sectors: [], priorities: [] };
  const hintId = `${idPrefix}-scope-hint`;
  const errorId = `${idPrefix}-scope-error`;
  const setSector = (code: string, on: boolean) =>
    onChange({ ...scope, sectors: withCode(scope.sectors, code, on) });
  const setPriority = (code: string, on: boolean) =>
    onChange({ ...scope, priorities: withCode(scope.priorities, code, on) });

  return (
    <fieldset
      className={error ? 'scope-fieldset field-invalid' : 'scope-fieldset'}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      tabIndex={error ? -1 : undefined}
      {...(error ? { [INVALID_GROUP_ATTRIBUTE]: '' } : {})}
    >
      <legend>{t('users.scope.legend')}</legend>
      <p id={hintId} className="field-hint">
        {choices.status === 'ready' && choices.plan
          ? t('users.scope.hintPlan', { plan: choices.plan })
          : t('users.scope.hint')}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {choices.status === 'pending' && <Loading label={t('users.scope.loading')} />}
      {choices.status === 'error' && (
        <ErrorState error={choices.error} message={t('users.scope.error')} onRetry={choices.retry} />
      )}
      {sectors.map((sector) => {
        const whole = scope.sectors.includes(sector.code);
        return (
          <fieldset key={sector.code} className="scope-sector">
            <legend>
              <LocalizedName value={sector.name} />
            </legend>
            <label className="check">
              <input
                type="checkbox"
                checked={whole}
                onChange={(event) => setSector(sector.code, event.target.checked)}
              />
              {t('users.scope.wholeSector', { sector: sector.code })}
            </label>
            <ul className="scope-priorities">
              {sector.priorities.map((priority) => (
                <li key={priority.code}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={whole || scope.priorities.includes(priority.code)}
                      disabled={whole}
                      onChange={(event) => setPriority(priority.code, event.target.checked)}
                    />
                    <span className="code">{priority.code}</span> <LocalizedName value={priority.name} />
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {(unknown.sectors.length > 0 || unknown.priorities.length > 0) && (
        <fieldset className="scope-sector">
          <legend>{t('users.scope.other')}</legend>
          <ul className="scope-priorities">
            {unknown.sectors.map((code) => (
              <li key={`sector-${code}`}>
                <label className="check">
                  <input type="checkbox" checked onChange={() => setSector(code, false)} />
                  {t('users.scope.wholeSector', { sector: code })}
                </label>
              </li>
            ))}
            {unknown.priorities.map((code) => (
              <li key={`priority-${code}`}>
                <label className="check">
                  <input type="checkbox" checked onChange={() => setPriority(code, false)} />
                  <span className="code">{code}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </fieldset>
  );
}
