// Fastify's and Node's own refusals in our words: each becomes an application error with a stable code
// the client translates, instead of Fastify's internal FST_ERR_* names or Node's bare JSON.
import type { FastifyError } from 'fastify';
import { AppError } from '../errors.ts';

/** Fastify's longest path parameter (its `maxParamLength` default); longer ones answer 414. */
export const MAX_PARAM_LENGTH = 100;

/** A client error Fastify answers itself: content-type parsing, body size, routing. */
export function frameworkProblem(error: Pick<FastifyError, 'code' | 'statusCode' | 'message'>): AppError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'body_too_large', 'The request body is larger than this route accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        415,
        'unsupported_media_type',
        'This content type is not accepted: send the body as application/json',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(400, 'invalid_json', 'The request body is not valid JSON');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(
        414,
        'uri_too_long',
        `A part of the address is longer than ${MAX_PARAM_LENGTH} characters`,
      );
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'malformed_request', error.message);
    default:
      return new AppError(error.statusCode ?? 400, 'bad_request', error.message);
  }
}

/** An error of Node's HTTP parser (the `clientError` event), before any request exists. */
export function connectionProblem(error: { code?: string }): AppError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new AppError(
        431,
        'headers_too_large',
        'The request line and headers are over 16 KB: shorten the query or the headers',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError(408, 'request_timeout', 'The request was not received in time');
    default:
      return new AppError(400, 'malformed_request', 'The request is not well-formed HTTP');
  }
}
