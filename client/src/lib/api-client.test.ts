import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../test/fake-api.ts';
import { ApiError, fetchJson, onUnauthorized, parseRetryAfter, setCsrfToken } from './api-client.ts';

describe('fetchJson', () => {
  it('sends the CSRF token on a PUT, and not on a GET', async () => {
    const api = fakeApi({
      'PUT /api/auth/language': () => json(200, { ok: true }),
      'GET /api/plans': () => json(200, { items: [] }),
    });
    setCsrfToken('token-123');

    await fetchJson('/api/auth/language', { method: 'PUT', body: JSON.stringify({ language: 'fr' }) });
    await fetchJson('/api/plans');

    const [put] = api.callsTo('PUT /api/auth/language');
    expect(put?.headers.get('x-csrf-token')).toBe('token-123');
    expect(put?.headers.get('content-type')).toBe('application/json');
    expect(put?.body).toEqual({ language: 'fr' });
    expect(api.callsTo('GET /api/plans')[0]?.headers.has('x-csrf-token')).toBe(false);
  });

  it('sends it on every other change too, and keeps headers the caller gave', async () => {
    const api = fakeApi({
      'POST /api/x': () => json(200, {}),
      'PATCH /api/x': () => json(200, {}),
      'DELETE /api/x': () => json(204, null),
    });
    setCsrfToken('t');
    await fetchJson('/api/x', { method: 'POST', headers: { 'x-trace': 'abc' } });
    await fetchJson('/api/x', { method: 'patch', body: '{}' });
    await expect(fetchJson('/api/x', { method: 'DELETE' })).resolves.toBeNull();
    expect(api.calls.map((c) => c.headers.get('x-csrf-token'))).toEqual(['t', 't', 't']);
    expect(api.calls[0]?.headers.get('x-trace')).toBe('abc');
  });

  it('sends no token before a session exists', async () => {
    const api = fakeApi({ 'POST /api/auth/login': () => json(200, {}) });
    await fetchJson('/api/auth/login', { method: 'POST', body: '{}' });
    expect(api.calls[0]?.headers.has('x-csrf-token')).toBe(false);
  });

  it('turns a problem answer into an ApiError with its code, field errors and Retry-After', async () => {
    fakeApi({
      'POST /api/auth/login': () => problem(429, 'too_many_attempts', { headers: { 'retry-after': '42' } }),
    });
    const error = await fetchJson('/api/auth/login', { method: 'POST' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 42 });
  });

  it('turns a non-JSON error page into an ApiError too', async () => {
    fakeApi({ 'GET /api/plans': () => new Response('<html>Bad gateway</html>', { status: 502 }) });
    await expect(fetchJson('/api/plans')).rejects.toMatchObject({ status: 502, code: 'http_error' });
  });

  it('tells the listeners when a call answers 401, unless the caller expects 401', async () => {
    fakeApi({ 'GET /api/users': () => problem(401, 'unauthenticated') });
    const listener = vi.fn();
    const stop = onUnauthorized(listener);

    await expect(fetchJson('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toBeInstanceOf(ApiError);

    await expect(fetchJson('/api/users', {}, { notifyUnauthorized: false })).rejects.toMatchObject({
      status: 401,
    });
    expect(listener).toHaveBeenCalledTimes(1);

    stop();
    await expect(fetchJson('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
