// One MoU: its fields, expiry warning and state; a focal point of the unit changes it (a draft), a reviewer
// of the unit confirms it; its history below.
import type { Mou } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useConfirmMou, useCreateMou, useMou, useMouHistory, useUpdateMou } from '../api/mous.ts';
import { MouForm } from './MouForm.tsx';
import { MouHistoryTable } from './MouHistoryTable.tsx';
import { ExpiryMark } from './MouTable.tsx';
import '../mous.css';

function Facts({ mou }: { mou: Mou }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: Array<[string, React.ReactNode]> = [
    ['partner', <bdi dir="auto">{mou.partner}</bdi>],
    ['type', t(`mous.type.${mou.type}`)],
    ['signedDate', <bdi dir="ltr">{mou.signedDate}</bdi>],
    [
      'expiryDate',
      <>
        <bdi dir="ltr">{mou.expiryDate ?? '–'}</bdi>
        <ExpiryMark mou={mou} />
      </>,
    ],
    [
      'financialAmount',
      mou.financialAmount === null
        ? '–'
        : `${formatNumber(mou.financialAmount, language)} ${mou.currency ?? ''}`,
    ],
    ['strategicImplications', <bdi dir="auto">{mou.strategicImplications ?? '–'}</bdi>],
    ['status', t(`mous.status.${mou.status}`)],
    ['sector', `${mou.sector.code} · ${mou.sector.name}`],
    ['region', mou.region ?? t('mous.global')],
    ['priorities', mou.priorities.join(', ') || '–'],
    ['themes', mou.themes.join(', ') || '–'],
  ];
  return (
    <dl className="mou-facts">
      {rows.map(([field, value]) => (
        <div key={field}>
          <dt>{t(`mous.field.${field}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div>
        <dt>{t('mous.field.state')}</dt>
        <dd data-testid="mou-state">
          {mou.state === 'draft'
            ? t('mous.awaiting')
            : t(mou.confirmedBy === null ? 'mous.confirmedOn' : 'mous.confirmedBy', {
                name: mou.confirmedBy,
                at: mou.confirmedAt ? formatDateTime(mou.confirmedAt, language) : '–',
              })}
        </dd>
      </div>
    </dl>
  );
}

export function MouDetailScreen({ plan, id }: { plan: string; id: number }) {
  const { t } = useTranslation();
  const mou = useMou(id);
  const history = useMouHistory(id);
  const update = useUpdateMou();
  const confirm = useConfirmMou();
  const [editing, setEditing] = useState(false);
  if (mou.isPending) return <Loading label={t('mous.loading')} />;
  if (mou.isError)
    return <ErrorState error={mou.error} message={t('mous.error')} onRetry={() => void mou.refetch()} />;
  const m = mou.data;
  return (
    <div className="mous mou-detail" data-state="ready">
      <p>
        <Link to={`/plans/${plan}/mous`}>{t('mous.back')}</Link>
      </p>
      <h1>
        <bdi dir="ltr">{m.code}</bdi> · <bdi dir="auto">{m.partner}</bdi>
      </h1>
      {editing ? (
        <MouForm
          mou={m}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSave={(body) =>
            update.mutate(
              { id: m.id, body: { ...body, version: m.version } },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      ) : (
        <>
          <Facts mou={m} />
          <div className="mou-actions">
            {m.canEdit && (
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t('mous.edit')}
              </button>
            )}
            {m.canConfirm && m.state === 'draft' && (
              <button
                type="button"
                className="button"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate(m.id)}
              >
                {t('mous.confirm')}
              </button>
            )}
          </div>
          {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
        </>
      )}
      <h2>{t('mous.history.title')}</h2>
      {history.data ? <MouHistoryTable history={history.data} /> : <Loading label={t('mous.loading')} />}
    </div>
  );
}

export function NewMouScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMou();
  return (
    <div className="mous mou-detail">
      <p>
        <Link to={`/plans/${plan}/mous`}>{t('mous.back')}</Link>
      </p>
      <h1>{t('mous.new')}</h1>
      <MouForm
        mou={null}
        pending={create.isPending}
        error={create.error}
        onSave={(body) =>
          create.mutate({ ...body, plan }, { onSuccess: (m) => void navigate(`/plans/${plan}/mous/${m.id}`) })
        }
      />
    </div>
  );
}
