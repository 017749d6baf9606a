// One item of the tree: its code and English name (marked when retired), and its actions: edit inline,
// one place up or down (the buttons, or Alt+Arrow keys anywhere in the row), retire or restore, history.
import { UNORDERED_ITEM_KINDS, type FrameworkItem } from '@rbm/shared/schemas';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useItemAction, type ItemAction } from '../api/item-action.ts';
import { canMove } from '../utils/tree.ts';
import { ItemEditForm } from './ItemEditForm.tsx';
import { ItemHistory } from './ItemHistory.tsx';

export function ItemRow({
  item,
  siblings,
  planActive,
  onAnnounce,
  children,
}: {
  item: FrameworkItem;
  siblings: readonly FrameworkItem[];
  planActive: boolean;
  onAnnounce: (message: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const action = useItemAction();
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const retired = item.retiredAt !== null;
  const label = `${item.code} ${item.name}`;
  const movable = !UNORDERED_ITEM_KINDS.includes(item.kind);

  function run(kind: ItemAction) {
    // mutateAsync, not mutate's callbacks: those are dropped when the refetch moves the row (a retired item
    // changes place), and the change would go unannounced.
    action.mutateAsync({ item, action: kind }).then(
      () => onAnnounce(t(`frameworkEditor.done.${kind}`, { code: item.code })),
      (error: unknown) => onAnnounce(formErrorText(t, error)),
    );
  }

  function keys(event: KeyboardEvent) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const direction = event.key === 'ArrowUp' ? 'up' : 'down';
    event.preventDefault();
    if (movable && canMove(siblings, item, direction)) run(direction);
  }

  return (
    <li className={retired ? 'editor-item editor-item-retired' : 'editor-item'} data-code={item.code}>
      <div className="editor-item-line" onKeyDown={keys}>
        <span className="editor-item-code">{item.code}</span>{' '}
        <span className="editor-item-name">{item.name}</span>
        {item.kind === 'target' && item.value !== undefined && (
          <span className="editor-item-value">
            {' '}
            {t('frameworkEditor.targetValue', {
              value: item.value ?? '—',
              unit: item.unit ?? '',
              year: item.deadlineYear,
            })}
          </span>
        )}
        {item.unitKind && <span className="muted"> {t(`frameworkUnits.unitKinds.${item.unitKind}`)}</span>}
        {retired && <span className="badge"> {t('frameworkEditor.retired')}</span>}
        <span className="editor-item-actions">
          {!retired && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => setEditing((e) => !e)}
              aria-expanded={editing}
            >
              {t('frameworkEditor.actions.edit')}
              <span className="visually-hidden"> {label}</span>
            </button>
          )}
          {movable && (
            <>
              <button
                type="button"
                className="button-quiet"
                disabled={!canMove(siblings, item, 'up') || action.isPending}
                onClick={() => run('up')}
                aria-keyshortcuts="Alt+ArrowUp"
              >
                {t('frameworkEditor.actions.up')}
                <span className="visually-hidden"> {label}</span>
              </button>
              <button
                type="button"
                className="button-quiet"
                disabled={!canMove(siblings, item, 'down') || action.isPending}
                onClick={() => run('down')}
                aria-keyshortcuts="Alt+ArrowDown"
              >
                {t('frameworkEditor.actions.down')}
                <span className="visually-hidden"> {label}</span>
              </button>
            </>
          )}
          <button type="button" className="button-quiet" onClick={() => run(retired ? 'restore' : 'retire')}>
            {t(retired ? 'frameworkEditor.actions.restore' : 'frameworkEditor.actions.retire')}
            <span className="visually-hidden"> {label}</span>
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => setShowHistory((h) => !h)}
            aria-expanded={showHistory}
          >
            {t('frameworkEditor.actions.history')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </span>
      </div>
      {editing && (
        <ItemEditForm
          item={item}
          planActive={planActive}
          onDone={(message) => {
            setEditing(false);
            if (message) onAnnounce(message);
          }}
        />
      )}
      {showHistory && <ItemHistory item={item} />}
      {children}
    </li>
  );
}
