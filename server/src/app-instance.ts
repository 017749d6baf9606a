// The application's type, apart from app.ts so that modules can name it without importing the builder
// that imports them (no import circle): Fastify with TypeBox types and the app's own decorations.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Db } from './db/connection.ts';
import type { MeasurementStore } from './modules/figures/measurement-store.ts';
import type { Notifier } from './modules/notifications/notifier.ts';

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    now: () => Date;
    measurements: MeasurementStore;
    notifier: Notifier;
  }
}
