// The inbox and notification choices over HTTP: each handler parses, calls the service and replies.
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import {
  type InboxContext,
  countUnread,
  getPreferences,
  listInbox,
  readAll,
  readNotice,
  updatePreferences,
} from './notifications.service.ts';

export async function notificationsRoutes(app: AppInstance): Promise<void> {
  // the language of the answer: ?lang= on the routes that declare it, else Accept-Language
  const inbox = (request: FastifyRequest, query?: { lang?: Language }): InboxContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
    language: requestLanguage(query, request.headers['accept-language']),
    mailConfigured: app.notifier.mailConfigured,
  });

  app.get(api.listNotifications.url, { schema: api.listNotifications.schema }, async (request) =>
    listInbox(inbox(request, request.query), request.query),
  );

  app.get(
    api.countUnreadNotifications.url,
    { schema: api.countUnreadNotifications.schema },
    async (request) => countUnread(inbox(request)),
  );

  app.post(api.readNotification.url, { schema: api.readNotification.schema }, async (request) =>
    readNotice(inbox(request, request.query), request.params),
  );

  app.post(api.readAllNotifications.url, { schema: api.readAllNotifications.schema }, async (request) =>
    readAll(inbox(request)),
  );

  app.get(
    api.getNotificationPreferences.url,
    { schema: api.getNotificationPreferences.schema },
    async (request) => getPreferences(inbox(request)),
  );

  app.put(
    api.updateNotificationPreferences.url,
    { schema: api.updateNotificationPreferences.schema },
    async (request) => updatePreferences(inbox(request), request.body),
  );
}
