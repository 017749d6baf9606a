// Action items of the quarter: those opened now and those carried from earlier quarters until closed.
// Planners and reviewers add them and change their status, owner and due date while the quarter is open.
import { ACTION_ITEM_STATUSES, type ActionItemStatus, type ReviewActionItem } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useCreateActionItem } from '../api/create-action-item.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { useUpdateActionItem } from '../api/update-action-item.ts';

function ItemRow({
  item,
  editable,
  target,
  onDone,
}: {
  item: ReviewActionItem;
  editable: boolean;
  target: ReviewTarget;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateActionItem(target);
  const [status, setStatus] = useState<ActionItemStatus>(item.status);
  const [owner, setOwner] = useState(item.owner);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const id = `item-${item.id}`;
  const opened = item.carriedOver
    ? t('reviews.actions.carried', { period: item.openedPeriod })
    : t('reviews.actions.openedNow');
  function save() {
    update.mutate(
      { id: item.id, body: { status, owner: owner.trim(), dueDate: dueDate === '' ? null : dueDate } },
      { onSuccess: () => onDone(t('reviews.actions.updated', { description: item.description })) },
    );
  }
  return (
    <tr>
      <th scope="row" id={`${id}-description`} dir="auto">
        {item.description}
        {update.isError && <FormAlert>{formErrorText(t, update.error)}</FormAlert>}
      </th>
      <td>{opened}</td>
      {editable ? (
        <>
          <td>
            <input
              aria-label={t('reviews.actions.ownerOf', { description: item.description })}
              value={owner}
              maxLength={200}
              onChange={(event) => setOwner(event.target.value)}
            />
          </td>
          <td>
            <input
              type="date"
              aria-label={t('reviews.actions.dueDateOf', { description: item.description })}
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
            />
          </td>
          <td>
            <select
              aria-label={t('reviews.actions.statusOf', { description: item.description })}
              value={status}
              onChange={(event) => setStatus(event.target.value as ActionItemStatus)}
            >
              {ACTION_ITEM_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`reviews.actions.statuses.${value}`)}
                </option>
              ))}
            </select>
          </td>
          <td>
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-description`}
              disabled={update.isPending || owner.trim() === ''}
              onClick={save}
            >
              {t('reviews.actions.save')}
            </button>
          </td>
        </>
      ) : (
        <>
          <td>{item.owner}</td>
          <td>{item.dueDate ?? '–'}</td>
          <td>
            {t(`reviews.actions.statuses.${item.status}`)}
            {item.closedPeriod && ` (${item.closedPeriod})`}
          </td>
        </>
      )}
    </tr>
  );
}

function NewItemForm({ target, onDone }: { target: ReviewTarget; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateActionItem(target);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { description: description.trim(), owner: owner.trim(), dueDate: dueDate === '' ? null : dueDate },
      {
        onSuccess: () => {
          onDone(t('reviews.actions.added', { description: description.trim() }));
          setDescription('');
          setOwner('');
          setDueDate('');
        },
      },
    );
  }
  return (
    <form className="review-form review-new-item" onSubmit={submit}>
      <h3>{t('reviews.actions.add')}</h3>
      {create.isError && <FormAlert>{formErrorText(t, create.error)}</FormAlert>}
      <div className="review-new-item-fields">
        <div className="field">
          <label htmlFor="new-item-description">{t('reviews.actions.description')}</label>
          <input
            id="new-item-description"
            required
            maxLength={2000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-item-owner">{t('reviews.actions.owner')}</label>
          <input
            id="new-item-owner"
            required
            maxLength={200}
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-item-due">{t('reviews.actions.dueDate')}</label>
          <input
            id="new-item-due"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('reviews.actions.addButton')}
      </button>
    </form>
  );
}

export function ActionItems({
  items,
  editable,
  target,
  onDone,
}: {
  items: ReviewActionItem[];
  editable: boolean;
  target: ReviewTarget;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="actions-heading" className="review-panel">
      <h2 id="actions-heading">{t('reviews.actions.heading')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('reviews.actions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="review-table">
            <caption className="visually-hidden">{t('reviews.actions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.actions.description')}</th>
                <th scope="col">{t('reviews.actions.opened')}</th>
                <th scope="col">{t('reviews.actions.owner')}</th>
                <th scope="col">{t('reviews.actions.dueDate')}</th>
                <th scope="col">{t('reviews.actions.status')}</th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">{t('reviews.actions.save')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ItemRow
                  key={`${item.id}|${item.updatedAt}`}
                  item={item}
                  editable={editable}
                  target={target}
                  onDone={onDone}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <NewItemForm target={target} onDone={onDone} />}
    </section>
  );
}
