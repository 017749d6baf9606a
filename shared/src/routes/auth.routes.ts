import { Type } from 'typebox';
import { LanguageBodySchema, LoginBodySchema, SessionSchema, SessionUserSchema } from '../schemas/auth.ts';
import { problems, route } from './route.ts';

export const authRoutes = {
  login: route({
    method: 'POST',
    url: '/api/auth/login',
    auth: { permission: 'public', scope: 'none', csrf: false },
    schema: {
      summary: 'Sign in with username and password',
      description:
        'Sets the HttpOnly session cookie and answers the user and a CSRF token; send the token as the ' +
        'x-csrf-token header on every change. Repeated failures are throttled per account and per address (429).',
      tags: ['auth'],
      body: LoginBodySchema,
      response: { 200: SessionSchema, ...problems },
    },
  }),
  logout: route({
    method: 'POST',
    url: '/api/auth/logout',
    auth: { permission: 'public', scope: 'none' },
    schema: {
      summary: 'Sign out (ends the session)',
      tags: ['auth'],
      response: { 204: Type.Null(), ...problems },
    },
  }),
  getSession: route({
    method: 'GET',
    url: '/api/auth/session',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The signed-in user and the CSRF token of the session',
      tags: ['auth'],
      response: { 200: SessionSchema, ...problems },
    },
  }),
  setLanguage: route({
    method: 'PUT',
    url: '/api/auth/language',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: "Remember the signed-in user's language",
      tags: ['auth'],
      body: LanguageBodySchema,
      response: { 200: SessionUserSchema, ...problems },
    },
  }),
} as const;
