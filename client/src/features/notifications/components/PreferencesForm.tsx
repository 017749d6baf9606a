// The small settings screen: for each kind of notice, inbox and/or e-mail. Saved all at once; the note
// under the table says where e-mails go, or why none will.
import type { NotificationChoice, NotificationPreferences } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useUpdatePreferences } from '../api/update-preferences.ts';

type Channel = 'inbox' | 'email';

function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function PreferencesForm({
  preferences,
  mailLanguage,
}: {
  preferences: NotificationPreferences;
  /** The language e-mails are written in: the user's stored language. */
  mailLanguage: string;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<NotificationChoice[]>(preferences.kinds);
  const [saved, setSaved] = useState(false);
  const save = useUpdatePreferences();
  const toggle = (kind: NotificationChoice['kind'], channel: Channel, on: boolean) => {
    setSaved(false);
    setChoices((current) => current.map((c) => (c.kind === kind ? { ...c, [channel]: on } : c)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ kinds: choices }, { onSuccess: () => setSaved(true) });
  };
  const channelName = (channel: Channel) =>
    channel === 'inbox' ? t('notifications.settings.inboxColumn') : t('notifications.settings.emailColumn');
  return (
    <form className="panel preferences-form" onSubmit={submit}>
      <p>
        {t('notifications.settings.intro', {
          language: languageName(mailLanguage, currentLanguage()),
        })}
      </p>
      <table className="preferences-table">
        <thead>
          <tr>
            <th scope="col">{t('notifications.settings.kindColumn')}</th>
            <th scope="col">{channelName('inbox')}</th>
            <th scope="col">{channelName('email')}</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((choice) => {
            const kind = t(`notifications.settings.kinds.${choice.kind}`);
            return (
              <tr key={choice.kind}>
                <th scope="row">{kind}</th>
                {(['inbox', 'email'] as const).map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      checked={choice[channel]}
                      aria-label={t('notifications.settings.choiceLabel', {
                        channel: channelName(channel),
                        kind,
                      })}
                      onChange={(event) => toggle(choice.kind, channel, event.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="meta">
        {!preferences.mailConfigured
          ? t('notifications.settings.noMailServer')
          : preferences.email === null
            ? t('notifications.settings.noAddress')
            : t('notifications.settings.emailTo', { email: preferences.email })}
      </p>
      {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
      <div className="toolbar">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('notifications.settings.saving') : t('notifications.settings.save')}
        </button>
        <p className="preferences-saved" role="status">
          {saved ? t('notifications.settings.saved') : ''}
        </p>
      </div>
    </form>
  );
}
