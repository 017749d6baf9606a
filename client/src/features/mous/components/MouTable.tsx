// The MoUs listed: each code opens the MoU's page; an expiry warning and a draft are marked in the row.
import type { Mou } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function ExpiryMark({ mou }: { mou: Pick<Mou, 'expiry'> }) {
  const { t } = useTranslation();
  if (mou.expiry === null) return null;
  return <strong className={`mou-expiry mou-expiry-${mou.expiry}`}> {t(`mous.expiry.${mou.expiry}`)}</strong>;
}

export function MouTable({ items, plan }: { items: Mou[]; plan: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table-scroll" role="region" aria-label={t('mous.list')} tabIndex={0}>
      <table className="table mou-table">
        <caption>{t('mous.tableCaption', { formatted: formatNumber(items.length, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mous.field.code')}</th>
            <th scope="col">{t('mous.field.partner')}</th>
            <th scope="col">{t('mous.field.type')}</th>
            <th scope="col">{t('mous.field.unit')}</th>
            <th scope="col">{t('mous.field.region')}</th>
            <th scope="col">{t('mous.field.expiryDate')}</th>
            <th scope="col">{t('mous.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link to={`/plans/${plan}/mous/${m.id}`}>{m.code}</Link>
              </th>
              <td>
                <bdi dir="auto">{m.partner}</bdi>
              </td>
              <td>{t(`mous.type.${m.type}`)}</td>
              <td>{m.sector.code}</td>
              <td>{m.region ?? t('mous.global')}</td>
              <td>
                <bdi dir="ltr">{m.expiryDate ?? '–'}</bdi>
                <ExpiryMark mou={m} />
              </td>
              <td>
                {t(`mous.status.${m.status}`)}
                {m.state === 'draft' && <span className="muted"> ({t('mous.draft')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
