// The plan's framework as an editable tree: goals > targets, thematic priorities > outcomes and outputs. Each
// level has its "add" button; every write is announced in a live region.
import type { FrameworkItem, FrameworkItemList } from '@rbm/shared/schemas';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editorTree } from '../utils/tree.ts';
import { AddItemButton } from './AddItemButton.tsx';
import { ItemRow } from './ItemRow.tsx';
import { MoreSections } from './MoreSections.tsx';

/** What other features add to the tree (the page composes them): above it, and under each outcome. */
export interface FrameworkEditorSlots {
  top?: (announce: (message: string) => void) => ReactNode;
  outcome?: (outcome: FrameworkItem, announce: (message: string) => void) => ReactNode;
}

export function FrameworkEditor({ list, slots }: { list: FrameworkItemList; slots?: FrameworkEditorSlots }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const tree = editorTree(list.items);
  const planActive = list.planStatus === 'active';
  const goals = tree.goals.map((g) => g.goal);
  const priorities = tree.priorities.map((p) => p.priority);
  const row = { planActive, onAnnounce: setAnnouncement };

  return (
    <>
      <p role="status" className="editor-announcement">
        {announcement}
      </p>
      {slots?.top?.(setAnnouncement)}
      <section aria-labelledby="editor-goals">
        <h2 id="editor-goals">{t('frameworkEditor.goals')}</h2>
        <ul className="editor-tree">
          {tree.goals.map(({ goal, targets }) => (
            <ItemRow key={goal.id} item={goal} siblings={goals} {...row}>
              <ul className="editor-tree" aria-label={t('frameworkEditor.targetsOf', { code: goal.code })}>
                {targets.map((target) => (
                  <ItemRow key={target.id} item={target} siblings={targets} {...row} />
                ))}
              </ul>
              {goal.retiredAt === null && (
                <AddItemButton
                  plan={list.plan}
                  kind="target"
                  parent={goal.code}
                  onAnnounce={setAnnouncement}
                />
              )}
            </ItemRow>
          ))}
        </ul>
        <AddItemButton plan={list.plan} kind="goal" parent={null} onAnnounce={setAnnouncement} />
      </section>
      <section aria-labelledby="editor-priorities">
        <h2 id="editor-priorities">{t('frameworkEditor.priorities')}</h2>
        <ul className="editor-tree">
          {tree.priorities.map(({ priority, outcomes, outputs }) => (
            <ItemRow key={priority.id} item={priority} siblings={priorities} {...row}>
              <ul
                className="editor-tree"
                aria-label={t('frameworkEditor.outcomesOf', { code: priority.code })}
              >
                {outcomes.map((outcome) => (
                  <ItemRow key={outcome.id} item={outcome} siblings={outcomes} {...row}>
                    {slots?.outcome?.(outcome, setAnnouncement)}
                  </ItemRow>
                ))}
              </ul>
              {priority.retiredAt === null && (
                <AddItemButton
                  plan={list.plan}
                  kind="outcome"
                  parent={priority.code}
                  onAnnounce={setAnnouncement}
                />
              )}
              <ul
                className="editor-tree"
                aria-label={t('frameworkEditor.outputsOf', { code: priority.code })}
              >
                {outputs.map((output) => (
                  <ItemRow key={output.id} item={output} siblings={outputs} {...row} />
                ))}
              </ul>
              {priority.retiredAt === null && (
                <AddItemButton
                  plan={list.plan}
                  kind="output"
                  parent={priority.code}
                  onAnnounce={setAnnouncement}
                />
              )}
            </ItemRow>
          ))}
        </ul>
        <AddItemButton plan={list.plan} kind="priority" parent={null} onAnnounce={setAnnouncement} />
      </section>
      <MoreSections list={list} onAnnounce={setAnnouncement} />
    </>
  );
}
