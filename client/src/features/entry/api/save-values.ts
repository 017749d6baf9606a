// Writes many value records in one request (POST /api/values/batch): a pasted block, or several records
// whose autosave pause ended together. The server answers each cell as its own PUT would.
import { api } from '@rbm/shared/api';
import type { Problem, ValueBatchResult, ValueCell } from '@rbm/shared/schemas';
import { ApiError, fetchRoute } from '../../../lib/api-client.ts';

export type ValueBatchAnswer = ValueBatchResult['results'][number];

export function saveValues(cells: ValueCell[]): Promise<ValueBatchResult> {
  return fetchRoute(api.saveValueBatch, { body: { cells } });
}

/** A refused cell as the error its own PUT would have thrown, so one path shows both. */
export function cellError(answer: ValueBatchAnswer): ApiError {
  const { status, problem } = answer;
  const code = problem?.code ?? 'http_error';
  const title = problem?.title ?? 'Error';
  const document: Problem = {
    type: `about:blank#${code}`,
    title,
    status,
    detail: problem?.detail ?? title,
    code,
    ...(problem?.errors ? { errors: problem.errors } : {}),
  };
  return new ApiError(status, document);
}
