import { useParams } from 'react-router';
import { ExplorerScreen } from '../../features/explorer/components/ExplorerScreen.tsx';
import { ExplorerRetreatTools } from '../../features/retreat/components/ExplorerRetreatTools.tsx';
import { Layout } from '../Layout.tsx';

export function ExplorerPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <ExplorerScreen plan={plan} tools={(data) => <ExplorerRetreatTools data={data} />} />
    </Layout>
  );
}
