// Beside the comparison, each Sector's registers as last confirmed: the risks above the appetite and the
// top risk, the recommendations open and overdue (the same for every reader: drafts never count).
import type { SectorRegisters } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function SectorRegistersTable({ rows }: { rows: readonly SectorRegisters[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="compare-registers">
      <h2 id="compare-registers">{t('compare.registers.title')}</h2>
      <p className="muted">{t('compare.registers.note')}</p>
      <div className="table-scroll" role="region" aria-label={t('compare.registers.title')} tabIndex={0}>
        <table className="table" data-testid="compare-registers">
          <caption>{t('compare.registers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.by.sector')}</th>
              <th scope="col">{t('compare.registers.aboveAppetite')}</th>
              <th scope="col">{t('compare.registers.topRisk')}</th>
              <th scope="col">{t('compare.registers.open')}</th>
              <th scope="col">{t('compare.registers.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sector}>
                <th scope="row">{r.sector}</th>
                <td>{n(r.risksAboveAppetite)}</td>
                <td>
                  {r.topRisk
                    ? t('compare.registers.risk', {
                        code: r.topRisk.code,
                        title: r.topRisk.title,
                        score: n(r.topRisk.score),
                      })
                    : '–'}
                </td>
                <td>{n(r.recommendationsOpen)}</td>
                <td>{n(r.recommendationsOverdue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
