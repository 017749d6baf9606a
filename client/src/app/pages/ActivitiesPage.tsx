import { useParams } from 'react-router';
import { ActivitiesScreen } from '../../features/themes/components/ActivitiesScreen.tsx';
import { Layout } from '../Layout.tsx';

export function ActivitiesPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <ActivitiesScreen plan={plan} />
    </Layout>
  );
}
