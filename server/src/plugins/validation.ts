// Request validation and response serialization. Query strings and path parameters arrive as text, so
// they are coerced to the schema's types (and a single value to an array where the schema wants one).
// JSON bodies are taken as sent: coercion would turn `"value": null` into 0 and `"value": "12"` into 12,
// silently changing data. Answers are written by fast-json-stringify from each route's response schema,
// as Fastify does by default.
//
// The compiled validators and serializers are kept for the process, by schema: the routes' schemas are
// the route table's own objects (shared/src/api), the same for every app built in a process. Compiling
// some two hundred routes' schemas took 0.8 s of every app's start on this machine; a test suite builds
// hundreds of apps, and each later one now starts without compiling anything.
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastJsonStringify from 'fast-json-stringify';

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

// Ajv keeps what it compiled by schema object: a schema compiled once is not compiled again.
const coercing = new Ajv({ ...common, coerceTypes: 'array' });
const strictTypes = new Ajv({ ...common, coerceTypes: false });

type Serializer = (doc: unknown) => string;
const serializers = new WeakMap<object, Serializer>();

function serializerOf(schema: object): Serializer {
  let serializer = serializers.get(schema);
  if (!serializer) {
    serializer = fastJsonStringify(schema) as Serializer;
    serializers.set(schema, serializer);
  }
  return serializer;
}

async function validation(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(({ schema, httpPart }): ValidateFunction =>
    (httpPart === 'body' ? strictTypes : coercing).compile(schema),
  );
  app.setSerializerCompiler(({ schema }) => serializerOf(schema as object));
}

export default fp(validation, { name: 'validation' });
