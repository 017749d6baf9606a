// Application errors with a stable code. Services throw them; plugins/problem-json.ts turns them into
// application/problem+json responses, and the client shows the code in the user's language.

export interface FieldError {
  field: string;
  message: string;
  code: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    /** Headers the answer must carry, such as Retry-After on 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, key: string | number) =>
  new AppError(404, 'not_found', `${what} "${key}" does not exist`);

export const badRequest = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(400, code, message, errors);

export const unprocessable = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(422, code, message, errors);

export const conflict = (code: string, message: string) => new AppError(409, code, message);

export const locked = (code: string, message: string) => new AppError(423, code, message);
