import { useParams } from 'react-router';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { MouDetailScreen, NewMouScreen } from '../../features/mous/components/MouDetailScreen.tsx';
import { MousScreen } from '../../features/mous/components/MousScreen.tsx';
import { Layout } from '../Layout.tsx';

export function MousPage() {
  const { plan = '' } = useParams();
  const { can } = useSession();
  return (
    <Layout>
      <MousScreen plan={plan} canEdit={can('values:write')} />
    </Layout>
  );
}

export function MouPage() {
  const { plan = '', id = '' } = useParams();
  return (
    <Layout>
      <MouDetailScreen key={id} plan={plan} id={Number(id)} />
    </Layout>
  );
}

export function NewMouPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <NewMouScreen plan={plan} />
    </Layout>
  );
}
