import { useParams } from 'react-router';
import { CommitmentsScreen } from '../../features/commitments/components/CommitmentsScreen.tsx';
import { Layout } from '../Layout.tsx';

export function CommitmentsPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <CommitmentsScreen plan={plan} />
    </Layout>
  );
}
