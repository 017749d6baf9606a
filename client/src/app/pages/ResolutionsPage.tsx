import { useParams } from 'react-router';
import { ResolutionsScreen } from '../../features/resolutions/components/ResolutionsScreen.tsx';
import { Layout } from '../Layout.tsx';

export function ResolutionsPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <ResolutionsScreen plan={plan} />
    </Layout>
  );
}
