// Adding a risk to the register; once saved, its page opens (where it is assessed).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RiskForm } from './RiskForm.tsx';
import '../risks.css';

export function NewRiskScreen({ plan, defaultSector }: { plan: string; defaultSector: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="risks">
      <p>
        <Link to={`/plans/${plan}/risks`}>{t('risks.detail.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('risks.form.newPage')}</h1>
      </div>
      <RiskForm
        plan={plan}
        defaultSector={defaultSector}
        onSaved={(risk) => void navigate(`/plans/${plan}/risks/${risk.id}`)}
        onCancel={() => void navigate(`/plans/${plan}/risks`)}
      />
    </div>
  );
}
