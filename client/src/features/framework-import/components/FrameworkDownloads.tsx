// Download any plan's whole framework, as a workbook to edit or as a framework document (JSON).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { frameworkFileUrl } from '../api/framework-file-urls.ts';

export interface DownloadablePlan {
  code: string;
  status: string;
}

export function FrameworkDownloads({
  plans,
  initial,
}: {
  plans: readonly DownloadablePlan[];
  initial: string;
}) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(initial);
  const chosen = plans.some((p) => p.code === plan) ? plan : (plans[0]?.code ?? '');
  return (
    <section className="fw-panel upload-panel" aria-labelledby="fw-download-title">
      <h2 id="fw-download-title">{t('frameworkImport.download.title')}</h2>
      <p className="muted">{t('frameworkImport.download.hint')}</p>
      <SelectField
        id="fw-download-plan"
        label={t('frameworkImport.download.plan')}
        value={chosen}
        choices={plans.map((p) => ({
          value: p.code,
          label: `${p.code} (${t(`plans.status.${p.status}`)})`,
        }))}
        onChange={setPlan}
      />
      {chosen && (
        <ul className="fw-links">
          <li>
            <a href={frameworkFileUrl(chosen, 'xlsx')} download data-testid="fw-download-xlsx">
              {t('frameworkImport.download.xlsx', { plan: chosen })}
            </a>
          </li>
          <li>
            <a href={frameworkFileUrl(chosen, 'json')} download data-testid="fw-download-json">
              {t('frameworkImport.download.json', { plan: chosen })}
            </a>
          </li>
        </ul>
      )}
    </section>
  );
}
