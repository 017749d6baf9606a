// A flat level of the framework (the plan's enablers, the regions, the intersectoral themes): its items in
// their order with the row actions, and "add" at the end.
import type { FrameworkItem, FrameworkItemKind } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { AddItemButton } from './AddItemButton.tsx';
import { ItemRow } from './ItemRow.tsx';

export function ItemListSection({
  kind,
  items,
  plan,
  planActive,
  onAnnounce,
}: {
  kind: 'enabler' | 'region' | 'theme';
  items: readonly FrameworkItem[];
  plan: string;
  planActive: boolean;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const own = items.filter((i) => i.kind === (kind as FrameworkItemKind));
  const heading = `editor-${kind}s`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t(`frameworkUnits.sections.${kind}`)}</h2>
      {kind !== 'enabler' && <p className="muted">{t('frameworkUnits.sharedNote')}</p>}
      <ul className="editor-tree">
        {own.map((item) => (
          <ItemRow key={item.id} item={item} siblings={own} planActive={planActive} onAnnounce={onAnnounce} />
        ))}
      </ul>
      <AddItemButton plan={plan} kind={kind} parent={null} onAnnounce={onAnnounce} />
    </section>
  );
}
