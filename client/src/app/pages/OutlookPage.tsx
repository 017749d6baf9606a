import { useParams } from 'react-router';
import { OutlookScreen } from '../../features/outlook/components/OutlookScreen.tsx';
import { Layout } from '../Layout.tsx';

export function OutlookPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <OutlookScreen plan={plan} />
    </Layout>
  );
}
