import { useParams } from 'react-router';
import { CommitmentsScreen } from '../../features/commitments/components/CommitmentsScreen.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { Layout } from '../Layout.tsx';

export function CommitmentsPage() {
  const { plan = '' } = useParams();
  const { can } = useSession();
  return (
    <Layout>
      <CommitmentsScreen plan={plan} canImport={can('values:write')} />
    </Layout>
  );
}
