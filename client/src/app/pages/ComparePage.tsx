import { useParams } from 'react-router';
import { CompareScreen } from '../../features/compare/components/CompareScreen.tsx';
import { RetreatCommitments } from '../../features/retreat/components/RetreatCommitments.tsx';
import { CompareRetreatTools } from '../../features/retreat/components/CompareRetreatTools.tsx';
import { Layout } from '../Layout.tsx';

export function ComparePage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <CompareScreen plan={plan} tools={(view) => <CompareRetreatTools view={view} />} />
      <RetreatCommitments plan={plan} />
    </Layout>
  );
}
