// Marks framework content that is not verified official text, so nobody mistakes it for the plan.
import { useTranslation } from 'react-i18next';
import type { SourceStatus } from '@rbm/shared';

export function ProvenanceBadge({ status, url }: { status: SourceStatus; url?: string | null }) {
  const { t } = useTranslation();
  if (status === 'verified') return null;
  const label = t(`provenance.${status}`);
  const description = t(`provenance.description.${status}`);
  const badge = (
    <span className={`badge badge-${status}`} title={description}>
      {label}
      <span className="visually-hidden">: {description}</span>
    </span>
  );
  if (!url || !/^https?:\/\//.test(url)) return badge;
  return (
    <a className="badge-link" href={url} target="_blank" rel="noreferrer noopener">
      {badge}
      <span className="visually-hidden"> ({t('provenance.source')})</span>
    </a>
  );
}
