import fc from 'fast-check';

import { anyJsonValue, hostileString, toUrlPart } from './bad-values';
import { AuthorizationCase } from './authorization';
import { OpenApiDocument, Operation, resolveSchema, SchemaObject } from './openapi';

/** One generated HTTP request, with the route it aims at. */
export interface FuzzRequest {
  operation: Operation;
  method: string;
  /** Path and query string, ready for the request line. */
  target: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
  /** How the request departs from a valid one, for failure reports. */
  label: string;
}

/** Values the server stores, such as ids, client ids and emails, so that requests pass lookups. */
export type KnownValues = Record<string, string[]>;

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded; charset=ebcdic',
  'ab/cd/ef',
  ';;;',
];

/** Requests of every kind for one operation of the document. */
export function requestsFor(
  document: OpenApiDocument,
  operation: Operation,
  known: KnownValues,
  authorization: fc.Arbitrary<AuthorizationCase>,
): fc.Arbitrary<FuzzRequest> {
  const schema = operation.bodySchema ? resolveSchema(document, operation.bodySchema) : undefined;
  return fc
    .record({
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant(operation.method) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHER_METHODS) },
      ),
      path: pathFor(operation, known),
      query: queryFor(operation, known),
      authorization,
      headerValues: fc.array(fc.oneof(fc.uuid(), hostileString), {
        minLength: operation.headerParameters.length,
        maxLength: operation.headerParameters.length,
      }),
      body: bodyFor(document, schema, known),
      encoding: encodingFor(operation),
    })
    .map(({ method, path, query, authorization: auth, headerValues, body, encoding }) => {
      const headers: Record<string, string | string[]> = {};
      if (auth.values.length > 0) {
        headers.authorization = auth.values.length === 1 ? auth.values[0] : auth.values;
      }
      operation.headerParameters.forEach((name, index) => {
        headers[name.toLowerCase()] = toHeaderValue(headerValues[index]);
      });
      const encoded = encodeBody(body, encoding);
      if (encoded.contentType) {
        headers['content-type'] = encoded.contentType;
      }
      return {
        operation,
        method,
        target: query ? `${path}?${query}` : path,
        headers,
        body: encoded.body,
        label: `${operation.method} ${operation.path} as ${method} auth=${auth.label} body=${encoding}`,
      };
    });
}

function pathFor(operation: Operation, known: KnownValues): fc.Arbitrary<string> {
  const values = operation.pathParameters.map((name) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...(known[name] ?? known.id)) },
      { weight: 2, arbitrary: hostileString.map(toUrlPart) },
    ),
  );
  return fc.tuple(...values).map((parts) => {
    let index = 0;
    return operation.path.replace(/\{[^}]+\}/g, () => parts[index++]);
  });
}

function queryFor(operation: Operation, known: KnownValues): fc.Arbitrary<string> {
  const documented = operation.queryParameters.map((parameter) =>
    fc.option(
      fc.tuple(
        fc.constant(parameter.name),
        fc.oneof(
          fc.constantFrom(...(known[parameter.name] ?? ['1', '2', 'deposit'])),
          hostileString.map(toUrlPart),
        ),
        fc.boolean(),
      ),
      { nil: undefined },
    ),
  );
  const extra = fc.constantFrom(
    '',
    'unknown=1',
    '__proto__[polluted]=1',
    'constructor[prototype][polluted]=1',
    'a[b][c][d]=1',
    'page=1&page=2',
    'page[]=1',
    '&&&',
    '=',
    'access_token=not-a-token',
  );
  return fc.tuple(fc.tuple(...documented), extra).map(([pairs, tail]) => {
    const parts: string[] = [];
    for (const pair of pairs) {
      if (!pair) {
        continue;
      }
      const [name, value, repeat] = pair;
      parts.push(`${name}=${value}`);
      if (repeat) {
        parts.push(`${name}=${value}`);
      }
    }
    if (tail) {
      parts.push(tail);
    }
    return parts.join('&');
  });
}

/** Builds a body close to the schema with fields missing or of the wrong type, or any JSON. */
function bodyFor(
  document: OpenApiDocument,
  schema: SchemaObject | undefined,
  known: KnownValues,
): fc.Arbitrary<unknown> {
  const loose = fc.oneof(anyJsonValue, fc.dictionary(hostileString, anyJsonValue, { maxKeys: 4 }));
  if (!schema?.properties) {
    return fc.option(loose, { nil: undefined });
  }
  const fields = Object.entries(schema.properties).map(([name, property]) =>
    fc.option(
      fc.tuple(
        fc.constant(name),
        fc.oneof(
          { weight: 3, arbitrary: plausibleValue(document, name, property, known, 0) },
          { weight: 1, arbitrary: anyJsonValue },
        ),
      ),
      { nil: undefined, freq: 3 },
    ),
  );
  const shaped = fc
    .tuple(...fields)
    .map((entries) => Object.fromEntries(entries.filter((entry) => entry !== undefined)));
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: loose });
}

function plausibleValue(
  document: OpenApiDocument,
  name: string,
  raw: SchemaObject,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, raw);
  if (known[name]) {
    return fc.constantFrom(...known[name]);
  }
  if (schema.enum && schema.enum.length > 0) {
    return fc.constantFrom(...schema.enum);
  }
  switch (schema.type) {
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom(0, 2 ** 31, 2 ** 63));
    case 'number':
      return fc.double({ noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 2
        ? fc.constant([])
        : fc.array(plausibleValue(document, name, schema.items ?? {}, known, depth + 1), {
            maxLength: 3,
          });
    case 'object':
      return depth > 2 || !schema.properties
        ? fc.constant({})
        : fc.record(
            Object.fromEntries(
              Object.entries(schema.properties).map(([key, property]) => [
                key,
                plausibleValue(document, key, property, known, depth + 1),
              ]),
            ),
            { requiredKeys: [] },
          );
    default:
      return plausibleString(schema);
  }
}

function plausibleString(schema: SchemaObject): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.constantFrom('1990-05-17', '2100-01-01', '0000-00-00', '1990-02-30');
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    default:
      return fc.oneof(fc.string({ maxLength: schema.maxLength ?? 20 }), fc.integer().map(String));
  }
}

/** `json`, `duplicate keys`, `malformed json`, `form`, `empty`, `none`, `huge`, or a content type. */
type Encoding = string;

function encodingFor(operation: Operation): fc.Arbitrary<Encoding> {
  const form = operation.contentTypes.includes('application/x-www-form-urlencoded');
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(form ? 'form' : 'json') },
    { weight: 3, arbitrary: fc.constant('json') },
    { weight: 1, arbitrary: fc.constantFrom('duplicate keys', 'malformed json', 'empty', 'form') },
    { weight: 1, arbitrary: fc.constantFrom('none', 'huge', ...WRONG_CONTENT_TYPES) },
  );
}

function encodeBody(body: unknown, encoding: Encoding): { body?: Buffer; contentType?: string } {
  const json = JSON.stringify(body ?? {});
  switch (encoding) {
    case 'json':
      return body === undefined ? {} : { body: Buffer.from(json), contentType: 'application/json' };
    case 'duplicate keys':
      return {
        body: Buffer.from(json.replace(/^\{("[^"]*"):/, '{$1:1,$1:')),
        contentType: 'application/json',
      };
    case 'malformed json':
      return { body: Buffer.from(json.slice(0, -1) + ',}'), contentType: 'application/json' };
    case 'form':
      return { body: Buffer.from(toForm(body)), contentType: 'application/x-www-form-urlencoded' };
    case 'empty':
      return { body: Buffer.alloc(0), contentType: 'application/json' };
    case 'none':
      return { body: Buffer.from(json) };
    case 'huge':
      return {
        body: Buffer.from(JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) })),
        contentType: 'application/json',
      };
    default:
      return { body: Buffer.from(json), contentType: encoding };
  }
}

/** Form-encodes the top level of a value, repeating array members as repeated parameters. */
function toForm(body: unknown): string {
  if (typeof body !== 'object' || body === null) {
    return encodeURIComponent(String(body).replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const member of Array.isArray(value) ? value : [value]) {
      params.append(key, typeof member === 'string' ? member : JSON.stringify(member));
    }
  }
  return params.toString();
}

/** Header values must be Latin-1 without line breaks, or Node refuses to send them. */
function toHeaderValue(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 4096);
}
