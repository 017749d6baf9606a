// Intersectoral themes and which Sectors' KPIs serve them: the "one ITU" view of who works on what.
import { useTranslation } from 'react-i18next';
import type { Framework } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';

export function ThemesSection({ themes }: { themes: Framework['themes'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="themes-heading" className="panel">
      <h2 id="themes-heading">{t('framework.themes')}</h2>
      <p className="muted">{t('framework.themesIntro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('framework.themes')}</th>
            <th scope="col">{t('framework.themeSectors')}</th>
            <th scope="col">{t('framework.kpisColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.code}>
              <th scope="row">
                <LocalizedName value={theme.name} />
              </th>
              <td>
                {theme.sectors.length === 0
                  ? '–'
                  : theme.sectors.map((s) => (
                      <span key={s} className="chip">
                        {s}
                      </span>
                    ))}
              </td>
              <td>{theme.kpiCodes.length === 0 ? t('framework.noThemeKpis') : theme.kpiCodes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
