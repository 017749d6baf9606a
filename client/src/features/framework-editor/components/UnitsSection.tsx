// The organisational units as a tree (Sectors and the General Secretariat, their bureaux, departments and
// regional offices): each unit's row with its actions (Alt+Arrow moves among its siblings), "add a unit"
// under each unit still in use, and a top unit at the end.
import type { FrameworkItem } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { unitTree, type UnitNode } from '../utils/units.ts';
import { AddItemButton } from './AddItemButton.tsx';
import { ItemRow } from './ItemRow.tsx';

interface Props {
  plan: string;
  planActive: boolean;
  onAnnounce: (message: string) => void;
}

function UnitBranch({ nodes, ...props }: Props & { nodes: UnitNode[] }) {
  const siblings = nodes.map((n) => n.unit);
  return (
    <>
      {nodes.map(({ unit, children }) => (
        <ItemRow
          key={unit.id}
          item={unit}
          siblings={siblings}
          planActive={props.planActive}
          onAnnounce={props.onAnnounce}
        >
          <UnitChildren unit={unit} nodes={children} {...props} />
        </ItemRow>
      ))}
    </>
  );
}

function UnitChildren({ unit, nodes, ...props }: Props & { unit: FrameworkItem; nodes: UnitNode[] }) {
  const { t } = useTranslation();
  return (
    <>
      {nodes.length > 0 && (
        <ul className="editor-tree" aria-label={t('frameworkUnits.unitsOf', { code: unit.code })}>
          <UnitBranch nodes={nodes} {...props} />
        </ul>
      )}
      {unit.retiredAt === null && (
        <AddItemButton plan={props.plan} kind="unit" parent={unit.code} onAnnounce={props.onAnnounce} />
      )}
    </>
  );
}

export function UnitsSection({ items, ...props }: Props & { items: readonly FrameworkItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="editor-units">
      <h2 id="editor-units">{t('frameworkUnits.units')}</h2>
      <p className="muted">{t('frameworkUnits.sharedNote')}</p>
      <ul className="editor-tree">
        <UnitBranch nodes={unitTree(items)} {...props} />
      </ul>
      <AddItemButton plan={props.plan} kind="unit" parent={null} onAnnounce={props.onAnnounce} />
    </section>
  );
}
