// One commitment below the list: its facts, links, the history of its progress notes, the progress form
// (focal points of the owner unit) and the confirmation of a proposed note (its reviewers).
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useConfirmCommitment } from '../api/confirm-commitment.ts';
import { useCommitment } from '../api/get-commitment.ts';
import { CommitmentStatusText, titleIn } from './CommitmentTable.tsx';
import { ProgressForm } from './ProgressForm.tsx';

export function CommitmentDetailPanel({ id, today }: { id: number; today: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const detail = useCommitment(id);
  const confirm = useConfirmCommitment(id);
  if (detail.isPending) return <Loading label={t('commitments.loading')} />;
  if (detail.isError) {
    return (
      <ErrorState
        error={detail.error}
        message={t('commitments.error')}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  const c = detail.data;
  const pending = c.history.some((p) => p.state === 'draft');
  const links = [...c.priorities, ...c.kpis, ...c.risks];
  return (
    <section className="commitment-detail" aria-labelledby="commitment-detail-title">
      <h2 id="commitment-detail-title" tabIndex={-1}>
        {c.code} · {titleIn(c.title, language)}
      </h2>
      <dl className="commitment-facts">
        <dt>{t('commitments.field.source')}</dt>
        <dd>{`${t(`commitments.source.${c.source}`)} · ${c.sourceName}`}</dd>
        <dt>{t('commitments.field.unit')}</dt>
        <dd>{c.sector.name}</dd>
        <dt>{t('commitments.field.kind')}</dt>
        <dd>{`${t(`commitments.reach.${c.reach}`)} · ${t(`commitments.horizon.${c.horizon}`)} · ${t(`commitments.pillar.${c.pillar}`)}`}</dd>
        <dt>{t('commitments.field.due')}</dt>
        <dd>{c.dueDate ?? '–'}</dd>
        <dt>{t('commitments.field.status')}</dt>
        <dd>
          <CommitmentStatusText c={c} />
        </dd>
        <dt>{t('commitments.field.links')}</dt>
        <dd>{links.length > 0 ? links.join(', ') : '–'}</dd>
      </dl>
      <div className="table-scroll" role="region" aria-label={t('commitments.history')} tabIndex={0}>
        <table className="table">
          <caption>{t('commitments.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('commitments.form.period')}</th>
              <th scope="col">{t('commitments.field.status')}</th>
              <th scope="col">{t('commitments.form.note')}</th>
              <th scope="col">{t('commitments.proposedBy')}</th>
              <th scope="col">{t('commitments.confirmedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {c.history.map((p, i) => (
              <tr key={i}>
                <td>{p.period}</td>
                <td>
                  <CommitmentStatusText c={{ progress: p }} />
                </td>
                <td>{p.note ?? '–'}</td>
                <td>{p.proposedBy ?? '–'}</td>
                <td>{p.state === 'confirmed' ? (p.confirmedBy ?? '–') : t('commitments.draft')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {c.canConfirm && pending && (
        <div>
          {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
          <button
            type="button"
            className="button"
            onClick={() => confirm.mutate()}
            disabled={confirm.isPending}
          >
            {t('commitments.confirm')}
          </button>
        </div>
      )}
      {c.canEdit && <ProgressForm key={c.version} commitment={c} today={today} />}
    </section>
  );
}
