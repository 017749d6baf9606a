// The inbox and notification choices: every signed-in user has their own, and sees only their own.
import {
  MarkAllReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  NotificationParamsSchema,
  NotificationPreferencesBodySchema,
  NotificationPreferencesSchema,
  NotificationSchema,
  UnreadCountSchema,
} from '../schemas/notifications.ts';
import { LanguageQuerySchema } from '../schemas/common.ts';
import { problems, route } from './route.ts';

const tags = ['notifications'];
const own = { permission: 'read', scope: 'none' } as const;

export const notificationRoutes = {
  listNotifications: route({
    method: 'GET',
    url: '/api/notifications',
    auth: own,
    schema: {
      summary: 'Your inbox: your notices, newest first, with the number unread',
      tags,
      querystring: NotificationListQuerySchema,
      response: { 200: NotificationListSchema, ...problems },
    },
  }),
  countUnreadNotifications: route({
    method: 'GET',
    url: '/api/notifications/unread-count',
    auth: own,
    schema: {
      summary: 'How many notices in your inbox are unread (the header shows it)',
      tags,
      response: { 200: UnreadCountSchema, ...problems },
    },
  }),
  readNotification: route({
    method: 'POST',
    url: '/api/notifications/:id/read',
    auth: own,
    schema: {
      summary: 'Mark one of your notices read (404 not_found for one that is not yours)',
      tags,
      params: NotificationParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: NotificationSchema, ...problems },
    },
  }),
  readAllNotifications: route({
    method: 'POST',
    url: '/api/notifications/read-all',
    auth: own,
    schema: {
      summary: 'Mark every notice in your inbox read',
      tags,
      response: { 200: MarkAllReadSchema, ...problems },
    },
  }),
  getNotificationPreferences: route({
    method: 'GET',
    url: '/api/notifications/preferences',
    auth: own,
    schema: {
      summary: 'What you receive, per kind of notice: in the inbox and by e-mail',
      tags,
      response: { 200: NotificationPreferencesSchema, ...problems },
    },
  }),
  updateNotificationPreferences: route({
    method: 'PUT',
    url: '/api/notifications/preferences',
    auth: own,
    schema: {
      summary: 'Choose what you receive; kinds not named keep their choice',
      description: 'Errors: 422 kind_named_twice.',
      tags,
      body: NotificationPreferencesBodySchema,
      response: { 200: NotificationPreferencesSchema, ...problems },
    },
  }),
} as const;
