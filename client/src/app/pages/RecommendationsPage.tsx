import { useParams } from 'react-router';
import { ComplianceScreen } from '../../features/recommendations/components/ComplianceScreen.tsx';
import { RecommendationDetailScreen } from '../../features/recommendations/components/RecommendationDetailScreen.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { Layout } from '../Layout.tsx';

export function RecommendationsPage() {
  const { plan = '' } = useParams();
  const { can } = useSession();
  return (
    <Layout>
      <ComplianceScreen plan={plan} canImport={can('values:write')} />
    </Layout>
  );
}

export function RecommendationPage() {
  const { plan = '', id = '' } = useParams();
  return (
    <Layout>
      <RecommendationDetailScreen plan={plan} id={Number(id)} />
    </Layout>
  );
}
