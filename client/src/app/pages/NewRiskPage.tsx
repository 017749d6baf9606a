import { useParams } from 'react-router';
import { NewRiskScreen } from '../../features/risks/components/NewRiskScreen.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { Layout } from '../Layout.tsx';

export function NewRiskPage() {
  const { plan = '' } = useParams();
  const { user } = useSession();
  return (
    <Layout>
      <RequirePermission permission="values:write">
        <NewRiskScreen plan={plan} defaultSector={user?.scope.sectors[0] ?? ''} />
      </RequirePermission>
    </Layout>
  );
}
