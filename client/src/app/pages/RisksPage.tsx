import { useParams } from 'react-router';
import { RiskRegisterScreen } from '../../features/risks/components/RiskRegisterScreen.tsx';
import { Layout } from '../Layout.tsx';

export function RisksPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <RiskRegisterScreen plan={plan} />
    </Layout>
  );
}
