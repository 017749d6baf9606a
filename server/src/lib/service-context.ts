// The one service signature of the server: `verb(ctx, input)`.
// - `ctx` is what the route knows about the request, built once by the route: the database (or the
//   transaction), the request's clock, and for writes the actor. A module that needs more (the figures store,
//   the language, the visibility) extends these interfaces in its own service file.
// - `input` is the request's validated data in one object (params, query and body merged as the service needs
//   them), or an explicit scope such as a priority's quarter.
// Repositories take `(db, ...)` and only query; services decide and call repositories, other modules'
// services and `auditedWrite`.
import type { Db } from '../db/connection.ts';
import type { Actor } from './actor.ts';

export interface ServiceContext {
  db: Db;
  now: Date;
}

export interface WriteServiceContext extends ServiceContext {
  actor: Actor;
}
