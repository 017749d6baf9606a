// The targets no published statistic measures yet: their value and year, and why there is no projection.
import { useTranslation } from 'react-i18next';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { formatAmount } from '../../../lib/format.ts';
import type { FrameworkTarget } from '../utils/target-trends.ts';
import { formatYear } from '../utils/statistic-format.ts';
import { OutlookSentence } from './OutlookSentence.tsx';

export function OtherTargets({
  targets,
  goalCode,
}: {
  targets: readonly FrameworkTarget[];
  goalCode: string;
}) {
  const { t, i18n } = useTranslation();
  if (targets.length === 0) return null;
  const headingId = `other-targets-${goalCode}`;
  return (
    <section className="other-targets" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('overview.other.title')}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('overview.other.target')}</th>
              <th scope="col">{t('overview.other.value')}</th>
              <th scope="col">{t('overview.other.outlook')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <tr key={target.code}>
                <th scope="row">
                  <span className="code">{target.code}</span> <LocalizedName value={target.name} />{' '}
                  <ProvenanceBadge status={target.sourceStatus} url={target.sourceUrl} />
                </th>
                <td>
                  {target.value === null
                    ? t('overview.qualitative', { year: formatYear(target.deadlineYear, i18n.language) })
                    : `${formatAmount(target.value, target.unit, i18n.language)} ${t('overview.byYear', {
                        year: formatYear(target.deadlineYear, i18n.language),
                      })}`}
                </td>
                <td>
                  <OutlookSentence measured={{ outlook: 'no_projection', forecast: null, target }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
