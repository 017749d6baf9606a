// What the server writes to its console: nothing per request unless LOG_LEVEL=debug, errors always.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.ts';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

interface LogLine {
  level: number;
  msg: string;
}

describe('request logging', () => {
  let database: TestDatabase;
  let app: AppInstance;
  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  async function appLoggingAt(level: Config['logLevel']): Promise<LogLine[]> {
    database = await createTestDatabase();
    await migrateToLatest(database.db);
    const lines: LogLine[] = [];
    app = await buildApp({
      db: database.db,
      clientDist: null,
      logLevel: level,
      logStream: { write: (line) => lines.push(JSON.parse(line) as LogLine) },
    });
    await app.ready();
    return lines;
  }

  it('writes no line for answered or unknown requests at the default level', async () => {
    const lines = await appLoggingAt(loadConfig({}).logLevel);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/nothing-here' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/plans' })).statusCode).toBe(401);
    expect(lines).toEqual([]);
  });

  it('still logs an unexpected error at the default level', async () => {
    const lines = await appLoggingAt(loadConfig({}).logLevel);
    // the database gone, checking a token fails in a way no request can fix
    await database.db.destroy();
    const res = await app.inject({ url: '/api/plans', headers: { authorization: 'Bearer rbm_unknown' } });
    expect(res.statusCode).toBe(500);
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toContain('unexpected error');
    expect(lines.map((l) => l.msg)).not.toContain('incoming request');
  });

  it('writes each request at LOG_LEVEL=debug', async () => {
    const lines = await appLoggingAt(loadConfig({ LOG_LEVEL: 'debug' }).logLevel);
    await app.inject({ url: '/api/health' });
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  });
});
