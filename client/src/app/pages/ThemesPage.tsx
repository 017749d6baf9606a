import { useParams } from 'react-router';
import { ThemeMatrixScreen } from '../../features/themes/components/ThemeMatrixScreen.tsx';
import { Layout } from '../Layout.tsx';

export function ThemesPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <ThemeMatrixScreen plan={plan} />
    </Layout>
  );
}
