import { useParams } from 'react-router';
import { RiskDetailScreen } from '../../features/risks/components/RiskDetailScreen.tsx';
import { Layout } from '../Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function RiskPage() {
  const { plan = '', id = '' } = useParams();
  if (!/^[1-9]\d{0,9}$/.test(id)) return <NotFoundPage />;
  return (
    <Layout>
      <RiskDetailScreen key={id} plan={plan} id={Number(id)} />
    </Layout>
  );
}
