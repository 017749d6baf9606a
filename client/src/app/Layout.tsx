// The frame of every page: skip link, header with plan and language choice and the signed-in user,
// navigation by permission, main landmark. Before signing in only the brand and language show.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useParams } from 'react-router';
import { LANGUAGES, type Language } from '@rbm/shared';
import { useSaveLanguage } from '../features/auth/api/set-language.ts';
import { SignedInUser } from '../features/auth/components/SignedInUser.tsx';
import { useSession } from '../features/auth/utils/session-context.ts';
import { usePlans } from '../features/framework/api/get-plans.ts';
import { InboxLink } from '../features/notifications/components/InboxLink.tsx';
import { currentLanguage, setLanguage } from '../lib/i18n.ts';

const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

function PlanPicker() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { plan } = useParams();
  const navigate = useNavigate();
  const plans = usePlans(language);
  if (!plans.data || !plan) return null;
  return (
    <label className="header-field">
      <span>{t('app.plan')}</span>
      <select value={plan} onChange={(event) => void navigate(`/plans/${event.target.value}/framework`)}>
        {plans.data.items.map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} ({t(`plans.status.${p.status}`)})
          </option>
        ))}
      </select>
    </label>
  );
}

function LanguagePicker({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const saveLanguage = useSaveLanguage();
  function choose(language: Language) {
    void setLanguage(language);
    // Remembered on the user too, so it follows them to another browser; the screen has changed already.
    if (signedIn) saveLanguage.mutate(language);
  }
  return (
    <label className="header-field">
      <span>{t('app.language')}</span>
      <select value={currentLanguage()} onChange={(event) => choose(event.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function Navigation() {
  const { t } = useTranslation();
  const { plan } = useParams();
  const { can } = useSession();
  const plans = usePlans(currentLanguage());
  // The links below lead to the default plan's screens through "/"; an instance without any plan has none
  // (and each of them would be marked as the current page on its home).
  const anyPlan = plan !== undefined || (plans.data?.items.length ?? 1) > 0;
  return (
    <nav className="app-nav" aria-label={t('app.mainNavigation')}>
      {anyPlan && can('values:write') && (
        <NavLink to={plan ? `/plans/${plan}/entry` : '/'} className="nav-primary">
          {t('nav.entry')}
        </NavLink>
      )}
      {anyPlan && can('reviews:read') && (
        <NavLink to={plan ? `/plans/${plan}/reviews` : '/'}>{t('nav.reviews')}</NavLink>
      )}
      {anyPlan && <NavLink to={plan ? `/plans/${plan}/overview` : '/'}>{t('nav.overview')}</NavLink>}
      {anyPlan && <NavLink to={plan ? `/plans/${plan}/framework` : '/'}>{t('nav.framework')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/explorer`}>{t('nav.explorer')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/reports`}>{t('nav.reports')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/compare`}>{t('nav.compare')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/outlook`}>{t('nav.outlook')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/risks`}>{t('nav.risks')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/recommendations`}>{t('nav.recommendations')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/commitments`}>{t('nav.commitments')}</NavLink>}
      {plan && (
        <NavLink to={`/plans/${plan}/themes`} end>
          {t('nav.themes')}
        </NavLink>
      )}
      {plan && <NavLink to={`/plans/${plan}/resolutions`}>{t('nav.resolutions')}</NavLink>}
      {plan && <NavLink to={`/plans/${plan}/mous`}>{t('nav.mous')}</NavLink>}
      {can('users:manage') && <NavLink to="/admin/users">{t('nav.users')}</NavLink>}
      {can('framework:write') && <NavLink to="/admin/translations">{t('nav.translations')}</NavLink>}
      {can('framework:write') && <NavLink to="/admin/framework">{t('nav.frameworkEditor')}</NavLink>}
      {can('framework:write') && <NavLink to="/admin/frameworks">{t('nav.frameworkImport')}</NavLink>}
      {can('framework:write') && <NavLink to="/admin/plans">{t('nav.planLifecycle')}</NavLink>}
      {plan && can('framework:write') && (
        <NavLink to={`/plans/${plan}/entry-rules`}>{t('nav.entryRules')}</NavLink>
      )}
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const signedIn = useSession().status === 'signedIn';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <div className="brand-title">{t('app.title')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <div className="header-tools">
          {signedIn && <PlanPicker />}
          <LanguagePicker signedIn={signedIn} />
          {signedIn && <InboxLink />}
          {signedIn && <SignedInUser />}
        </div>
      </header>
      {signedIn && <Navigation />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
