// "Add …" at each level of the editor: opens the add form in place (under its parent, or at the level's end)
// and hands its message to the page's live region.
import type { FrameworkItemKind } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from './AddItemForm.tsx';

export function AddItemButton({
  plan,
  kind,
  parent,
  onAnnounce,
}: {
  plan: string;
  kind: FrameworkItemKind;
  parent: string | null;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <AddItemForm
        plan={plan}
        kind={kind}
        parent={parent}
        onDone={(message) => {
          setOpen(false);
          if (message) onAnnounce(message);
        }}
      />
    );
  }
  return (
    <button type="button" className="button-quiet editor-add" onClick={() => setOpen(true)}>
      {t([`frameworkEditor.add.${kind}`, `frameworkUnits.add.${kind}`])}
      {parent && <span className="visually-hidden"> {t('frameworkEditor.add.under', { code: parent })}</span>}
    </button>
  );
}
