// A user's personal API tokens: list, issue (the secret is shown once) and revoke.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken, User } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFocusFirstError,
  type FieldProblem,
} from '../../../lib/form-errors.ts';
import { useCreateApiToken } from '../api/create-api-token.ts';
import { useApiTokens } from '../api/list-api-tokens.ts';
import { useRevokeApiToken } from '../api/revoke-api-token.ts';
import { NewTokenNotice } from './NewTokenNotice.tsx';

function IssueTokenForm({ user, onIssued }: { user: User; onIssued: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken(user.id);
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setProblems({ name: { code: 'invalid_required', message: 'name is required' } });
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    setProblems({});
    setFormError(null);
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (token) => {
          setName('');
          onIssued(token);
        },
        onError: (error) => {
          setProblems(fieldProblems(error));
          setFormError(error);
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  const errors = fieldProblemTexts(t, 'users.fieldErrors', problems);
  return (
    <form
      ref={formRef}
      className="form form-inline"
      onSubmit={submit}
      noValidate
      aria-labelledby="issue-token-title"
    >
      <h3 id="issue-token-title">{t('users.tokens.issueTitle')}</h3>
      {formError !== null && Object.keys(problems).length === 0 && (
        <FormAlert>{formErrorText(t, formError)}</FormAlert>
      )}
      <TextField
        id="token-name"
        label={t('users.tokens.name')}
        hint={t('users.tokens.nameHint')}
        value={name}
        onChange={setName}
        autoComplete="off"
        maxLength={100}
        required
        error={errors.name}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('users.tokens.issuing') : t('users.tokens.issue')}
        </button>
      </div>
    </form>
  );
}

export function ApiTokens({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const tokens = useApiTokens(user.id);
  const revoke = useRevokeApiToken(user.id);
  const [issued, setIssued] = useState<CreatedApiToken | null>(null);
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  // Where focus goes when a revoke question closes (its buttons disappear): an element id.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget, tokens.data]);

  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title" tabIndex={-1}>
        {t('users.tokens.title')}
      </h2>
      <p className="muted">{t('users.tokens.intro')}</p>
      <p className="form-status" role="status">
        {revokedName ? t('users.tokens.revokedDone', { name: revokedName }) : ''}
      </p>
      {issued && <NewTokenNotice token={issued} onDone={() => setIssued(null)} />}
      {tokens.isPending && <Loading label={t('users.tokens.loading')} />}
      {tokens.isError && (
        <ErrorState
          error={tokens.error}
          message={t('users.tokens.error')}
          onRetry={() => void tokens.refetch()}
        />
      )}
      {revoke.isError && <FormAlert>{formErrorText(t, revoke.error)}</FormAlert>}
      {tokens.data &&
        (tokens.data.items.length === 0 ? (
          <p>{t('users.tokens.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">
                {t('users.tokens.tableCaption', { name: user.displayName })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.tokens.name')}</th>
                  <th scope="col">{t('users.tokens.created')}</th>
                  <th scope="col">{t('users.tokens.lastUsed')}</th>
                  <th scope="col">{t('users.tokens.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('users.tokens.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.items.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      {date(token.createdAt)}
                      {token.createdBy && (
                        <div className="meta">{t('users.tokens.createdBy', { name: token.createdBy })}</div>
                      )}
                    </td>
                    <td>{token.lastUsedAt ? date(token.lastUsedAt) : t('users.tokens.never')}</td>
                    <td>
                      {token.revokedAt
                        ? t('users.tokens.revoked', { date: date(token.revokedAt) })
                        : t('users.tokens.active')}
                    </td>
                    <td>
                      {!token.revokedAt && confirmingId !== token.id && (
                        <button
                          id={`revoke-token-${token.id}`}
                          type="button"
                          className="button button-quiet"
                          aria-label={t('users.tokens.revokeNamed', { name: token.name })}
                          onClick={() => {
                            setFocusTarget(null);
                            setRevokedName(null);
                            setConfirmingId(token.id);
                          }}
                        >
                          {t('users.tokens.revoke')}
                        </button>
                      )}
                      {!token.revokedAt && confirmingId === token.id && (
                        <div
                          className="confirm"
                          role="group"
                          aria-label={t('users.tokens.revokeNamed', { name: token.name })}
                        >
                          <p>{t('users.tokens.confirmRevoke', { name: token.name })}</p>
                          <div className="form-actions">
                            <button
                              type="button"
                              className="button button-danger"
                              disabled={revoke.isPending}
                              autoFocus
                              onClick={() =>
                                revoke.mutate(token.id, {
                                  onSuccess: () => {
                                    setConfirmingId(null);
                                    setRevokedName(token.name);
                                    setFocusTarget('tokens-title');
                                  },
                                })
                              }
                            >
                              {t('users.tokens.confirmRevokeButton')}
                            </button>
                            <button
                              type="button"
                              className="button button-quiet"
                              onClick={() => {
                                setConfirmingId(null);
                                setFocusTarget(`revoke-token-${token.id}`);
                              }}
                            >
                              {t('users.tokens.cancel')}
                            </button>
                          </div>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <IssueTokenForm user={user} onIssued={setIssued} />
    </section>
  );
}
