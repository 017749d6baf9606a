import { useParams } from 'react-router';
import { ComplianceScreen } from '../../features/recommendations/components/ComplianceScreen.tsx';
import { RecommendationDetailScreen } from '../../features/recommendations/components/RecommendationDetailScreen.tsx';
import { Layout } from '../Layout.tsx';

export function RecommendationsPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <ComplianceScreen plan={plan} />
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
