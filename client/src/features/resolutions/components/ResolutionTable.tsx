// The mapping as a table: each resolution with its revision, the responsible entity in each Sector and the
// General Secretariat, and links to its themes (the themes screen) and priorities (the explorer).
import { RESOLUTION_SECTORS, type Resolution, type ThemeList } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { titleIn } from '../utils/resolution-filters.ts';

export function ResolutionTable({
  plan,
  resolutions,
  themes,
  editHref,
}: {
  plan: string;
  resolutions: readonly Resolution[];
  themes: ThemeList['items'];
  editHref: (id: number) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const themeName = (code: string) => themes.find((th) => th.code === code)?.name.text ?? code;
  return (
    <div className="table-scroll">
      <table className="table resolution-table">
        <caption>
          {t('resolutions.table.caption', { count: formatNumber(resolutions.length, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('resolutions.table.resolution')}</th>
            {RESOLUTION_SECTORS.map((s) => (
              <th scope="col" key={s}>
                {t(`resolutions.sector.${s}`)}
              </th>
            ))}
            <th scope="col">{t('resolutions.table.themes')}</th>
            <th scope="col">{t('resolutions.table.priorities')}</th>
          </tr>
        </thead>
        <tbody>
          {resolutions.map((r) => {
            const title = titleIn(r.titles, language);
            const name = t('resolutions.name', {
              conference: t(`resolutions.conference.${r.conference}`),
              number: r.number,
            });
            return (
              <tr key={r.id} data-resolution={`${r.conference} ${r.number}`}>
                <th scope="row">
                  <span className="resolution-name">{name}</span>
                  {r.revision && (
                    <span className="muted">
                      {' '}
                      (<bdi>{r.revision}</bdi>)
                    </span>
                  )}{' '}
                  {r.sourceStatus === 'demo' && <ProvenanceBadge status="demo" />}
                  <br />
                  <bdi lang={title.language} dir="auto">
                    {title.text}
                  </bdi>
                  {r.mayEdit && (
                    <>
                      <br />
                      <Link to={editHref(r.id)} aria-label={t('resolutions.editOne', { name })}>
                        {t('resolutions.edit')}
                      </Link>
                    </>
                  )}
                </th>
                {RESOLUTION_SECTORS.map((s) => (
                  <td key={s}>{r.entities[s] ?? '–'}</td>
                ))}
                <td>
                  <ul className="plain-list">
                    {r.themes.map((code) => (
                      <li key={code}>
                        <Link to={`/plans/${plan}/themes?theme=${code}`}>{themeName(code)}</Link>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul className="plain-list">
                    {r.priorities.map((p) => (
                      <li key={`${p.plan}/${p.code}`}>
                        <Link to={`/plans/${p.plan}/explorer?view=sector&open=${p.code}`}>{p.code}</Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
