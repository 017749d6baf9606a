// Request validation. Query strings and path parameters arrive as text, so they are coerced to the
// schema's types (and a single value to an array where the schema wants one). JSON bodies are taken as
// sent: coercion would turn `"value": null` into 0 and `"value": "12"` into 12, silently changing data.
import { Ajv, type Options } from 'ajv';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

async function validation(app: FastifyInstance): Promise<void> {
  const coercing = new Ajv({ ...common, coerceTypes: 'array' });
  const strictTypes = new Ajv({ ...common, coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strictTypes : coercing).compile(schema),
  );
}

export default fp(validation, { name: 'validation' });
