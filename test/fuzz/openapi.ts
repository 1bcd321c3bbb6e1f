/** The parts of the OpenAPI document the fuzzer reads. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  maxLength?: number;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: SchemaObject;
}

interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, SchemaObject> };
}

/** One route of the document, flattened for request generation. */
export interface Operation {
  method: string;
  /** The OpenAPI path template, such as `/clients/{client_id}`. */
  path: string;
  pathParameters: string[];
  queryParameters: ParameterObject[];
  headerParameters: string[];
  contentTypes: string[];
  bodySchema?: SchemaObject;
  /** Statuses the document lists for this operation. */
  statuses: Set<number>;
  /** Statuses whose documented body is an HTML page, such as the login page's errors. */
  htmlStatuses: Set<number>;
  isProtected: boolean;
}

/** Flattens every operation of the document. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const contentTypes = Object.keys(content);
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParameters: parameters.filter((p) => p.in === 'query'),
        headerParameters: parameters.filter((p) => p.in === 'header').map((p) => p.name),
        contentTypes,
        bodySchema: contentTypes.length > 0 ? content[contentTypes[0]].schema : undefined,
        statuses: new Set(Object.keys(operation.responses).map(Number)),
        htmlStatuses: htmlStatusesOf(operation.responses),
        isProtected: (operation.security ?? []).length > 0,
      });
    }
  }
  return operations;
}

/** Resolves `$ref` and merges `allOf` so that generators see plain properties. */
export function resolveSchema(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    return resolveSchema(document, document.components.schemas[name] ?? {});
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<
        string,
        SchemaObject
      >,
    };
  }
  return schema;
}

function htmlStatusesOf(responses: Record<string, unknown>): Set<number> {
  const statuses = new Set<number>();
  for (const [status, response] of Object.entries(responses)) {
    const content = (response as { content?: Record<string, unknown> }).content ?? {};
    if ('text/html' in content) {
      statuses.add(Number(status));
    }
  }
  return statuses;
}
