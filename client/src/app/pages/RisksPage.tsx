import { useParams } from 'react-router';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { RiskRegisterScreen } from '../../features/risks/components/RiskRegisterScreen.tsx';
import { Layout } from '../Layout.tsx';

export function RisksPage() {
  const { plan = '' } = useParams();
  const { can } = useSession();
  return (
    <Layout>
      <RiskRegisterScreen plan={plan} canAdd={can('values:write')} />
    </Layout>
  );
}
