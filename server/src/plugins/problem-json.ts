// One error path: every failure leaves as application/problem+json with a stable code. Validation
// failures list each bad field; unexpected errors are logged and answered without internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Problem } from '@rbm/shared/schemas';
import { AppError, type FieldError } from '../errors.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const problem: Problem = {
    type: `about:blank#${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.url,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

function validationErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const missing =
      v.keyword === 'required'
        ? `/${String((v.params as { missingProperty?: string }).missingProperty)}`
        : '';
    const pointer = `${v.instancePath}${missing}`;
    const field = `${context}${pointer.replaceAll('/', '.')}`;
    return { field, message: `${field} ${v.message ?? 'is invalid'}`, code: `invalid_${v.keyword}` };
  });
}

async function problemJson(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(request, reply, error.status, error.code, error.message, error.errors);
    }
    if (error.validation) {
      const errors = validationErrors(error);
      return sendProblem(
        request,
        reply,
        400,
        'validation_failed',
        errors.map((e) => e.message).join('; '),
        errors,
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, body too large...)
      const code = (error.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
      return sendProblem(request, reply, status, code, error.message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      request,
      reply,
      500,
      'internal_error',
      'Something went wrong on the server; it has been logged.',
    );
  });
}

export default fp(problemJson, { name: 'problem-json' });
