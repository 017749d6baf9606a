// The inbox and notification choices over HTTP: each handler parses, calls the service and replies.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import {
  countUnread,
  getPreferences,
  listInbox,
  readAll,
  readNotice,
  updatePreferences,
} from './notifications.service.ts';

export async function notificationsRoutes(app: AppInstance): Promise<void> {
  app.get(api.listNotifications.url, { schema: api.listNotifications.schema }, async (request) =>
    listInbox(
      app.db,
      request.actor,
      request.query,
      requestLanguage(request.query, request.headers['accept-language']),
    ),
  );

  app.get(
    api.countUnreadNotifications.url,
    { schema: api.countUnreadNotifications.schema },
    async (request) => countUnread(app.db, request.actor),
  );

  app.post(api.readNotification.url, { schema: api.readNotification.schema }, async (request) =>
    readNotice(
      app.db,
      request.actor,
      request.params.id,
      app.now(),
      requestLanguage(request.query, request.headers['accept-language']),
    ),
  );

  app.post(api.readAllNotifications.url, { schema: api.readAllNotifications.schema }, async (request) =>
    readAll(app.db, request.actor, app.now()),
  );

  app.get(
    api.getNotificationPreferences.url,
    { schema: api.getNotificationPreferences.schema },
    async (request) => getPreferences(app.db, request.actor, app.notifier.mailConfigured),
  );

  app.put(
    api.updateNotificationPreferences.url,
    { schema: api.updateNotificationPreferences.schema },
    async (request) =>
      updatePreferences(app.db, request.actor, request.body, app.now(), app.notifier.mailConfigured),
  );
}
