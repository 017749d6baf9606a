// The registers' words in the reader's language: oversight bodies, commitment statuses, and rates (percent
// numbers in the JSON) as fractions for a percent cell.
import type { CommitmentStatus, OversightBody } from '@rbm/shared/rbm';
import type { ExportLocale, TextKey } from './index.ts';

const BODY_KEYS: Readonly<Record<OversightBody, TextKey>> = {
  external_auditor: 'bodyExternalAuditor',
  imac: 'bodyImac',
  jiu: 'bodyJiu',
  internal_audit: 'bodyInternalAudit',
  other: 'bodyOther',
};

const COMMITMENT_KEYS: Readonly<Record<CommitmentStatus, TextKey>> = {
  not_started: 'commitmentNotStarted',
  in_progress: 'commitmentInProgress',
  completed: 'commitmentCompleted',
  closed: 'commitmentClosed',
  dropped: 'commitmentDropped',
};

export const bodyLabel = (locale: ExportLocale, body: OversightBody) => locale.text(BODY_KEYS[body]);

export const commitmentStatusLabel = (locale: ExportLocale, status: CommitmentStatus) =>
  locale.text(COMMITMENT_KEYS[status]);

/** A rate of the register (a percent, 0-100) as the fraction a percent cell or `locale.percent` shows. */
export const ratePercent = (rate: number | null) => (rate === null ? null : rate / 100);
