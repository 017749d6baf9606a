// One error path: every failure leaves as application/problem+json with a stable code. Validation
// failures list each bad field; unexpected errors are logged and answered without internals. Refusals
// Fastify and Node answer before a route runs (see app.ts) leave in the same format.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Problem } from '@rbm/shared/schemas';
import { concurrencyProblem } from '../db/concurrency-errors.ts';
import { AppError, type FieldError } from '../errors.ts';
import { connectionProblem, frameworkProblem } from './framework-errors.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Content too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  423: 'Locked',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** The problem document; `instance` is left out when the request could not be read (see framework-errors). */
export function problemDocument(
  status: number,
  code: string,
  detail: string,
  instance?: string,
  errors?: FieldError[],
): Problem {
  return {
    type: `about:blank#${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(instance === undefined ? {} : { instance }),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problemDocument(status, code, detail, request.url, errors));
}

/**
 * Fastify's `frameworkErrors` option: refusals met while routing (a path parameter over the length limit,
 * a URL that does not decode). No hook has run, so the security headers are set here.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply.headers(SECURITY_HEADERS);
  if ((error.statusCode ?? 500) >= 500) {
    request.log.error({ err: error }, 'unexpected error while routing');
    void sendProblem(
      request,
      reply,
      500,
      'internal_error',
      'Something went wrong on the server; it has been logged.',
    );
    return;
  }
  const problem = frameworkProblem(error);
  void sendProblem(request, reply, problem.status, problem.code, problem.message);
}

/**
 * Fastify's `clientErrorHandler` option, for Node's `clientError` event: the HTTP parser failed (malformed
 * framing, headers over 16 KB), so there is no request to answer through Fastify. A complete HTTP answer is
 * written on the socket, which is then closed, as Node itself does.
 */
export function clientErrorHandler(this: { log: FastifyBaseLogger }, error: Error, socket: Socket): void {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNRESET' || socket.destroyed) return;
  this.log.debug({ err: error }, 'malformed request');
  // As Node does: no answer while an earlier answer on this connection is part-way out.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const problem = connectionProblem({ code });
    const body = JSON.stringify(problemDocument(problem.status, problem.code, problem.message));
    const head = [
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}`,
      'content-type: application/problem+json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
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
      // Fastify's own client errors (bad JSON, wrong content type, body too large...), in our codes
      const problem = frameworkProblem(error);
      return sendProblem(request, reply, problem.status, problem.code, problem.message);
    }
    const concurrency = concurrencyProblem(error);
    if (concurrency) {
      request.log.warn({ err: error }, 'refused: a concurrent write');
      if (concurrency.headers) reply.headers(concurrency.headers);
      return sendProblem(request, reply, concurrency.status, concurrency.code, concurrency.message);
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
