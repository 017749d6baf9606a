// The framework's levels beside the results chain: the plan's enablers, then what every plan shares, the
// organisational units, regions and intersectoral themes (edited here for all plans at once).
import type { FrameworkItemList } from '@rbm/shared/schemas';
import { ItemListSection } from './ItemListSection.tsx';
import { UnitsSection } from './UnitsSection.tsx';

export function MoreSections({
  list,
  onAnnounce,
}: {
  list: FrameworkItemList;
  onAnnounce: (message: string) => void;
}) {
  const props = { items: list.items, plan: list.plan, planActive: list.planStatus === 'active', onAnnounce };
  return (
    <>
      <ItemListSection kind="enabler" {...props} />
      <UnitsSection {...props} />
      <ItemListSection kind="region" {...props} />
      <ItemListSection kind="theme" {...props} />
    </>
  );
}
