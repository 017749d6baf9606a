import { useParams } from 'react-router';
import { RadarScreen } from '../../features/themes/components/RadarScreen.tsx';
import { Layout } from '../Layout.tsx';

export function RadarPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <RadarScreen plan={plan} />
    </Layout>
  );
}
