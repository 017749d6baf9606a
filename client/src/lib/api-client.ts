// Talks to the API. Any non-2xx answer becomes an ApiError carrying the problem details (stable code,
// per-field errors) so screens can show the message in the user's language next to the right field.
import type { Problem } from '@rbm/shared/schemas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problem.code;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body && 'detail' in body;
}

export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, {
      type: 'about:blank#network_error',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached',
      code: 'network_error',
    });
  }
  const text = await response.text();
  const body: unknown = text === '' ? null : JSON.parse(text);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      isProblem(body)
        ? body
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            detail: response.statusText,
            code: 'http_error',
          },
    );
  }
  return body as T;
}

/** Builds a query string from defined values only. */
export function withQuery(url: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? url : `${url}?${qs}`;
}
