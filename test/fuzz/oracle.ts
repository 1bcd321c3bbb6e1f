import { Operation } from './openapi';
import { RawResponse } from './send';

/**
 * Statuses any route may return although its operation does not list them, because the framework
 * sends them before a handler runs. The README documents each of them.
 */
export const FRAMEWORK_STATUSES = new Set([400, 404, 405, 413, 414, 415, 431]);

/** The OAuth endpoints, whose errors are `{error, error_description}` (RFC 6749 §5.2). */
const OAUTH_ENDPOINTS = new Set(['/oauth/token', '/oauth', '/oauth/revoke', '/oauth/introspect']);

const API_ERROR_KEYS = new Set(['status', 'error', 'message', 'request_id', 'fields']);

/** Marks of a leaked stack trace or source path. */
const INTERNALS = /\bat [\w.<>]+ \(|node_modules|\/src\/[\w/.-]+\.ts|QueryFailedError|TypeError/;

/** Returns what is wrong with a response to a request aimed at `operation`; empty when nothing. */
export function checkResponse(operation: Operation, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (status >= 500) {
    problems.push(`status ${status}`);
  } else if (!operation.statuses.has(status) && !FRAMEWORK_STATUSES.has(status)) {
    problems.push(`status ${status} is not documented`);
  }
  if (INTERNALS.test(response.text)) {
    problems.push('body shows internals');
  }
  if (response.headers['x-powered-by'] !== undefined) {
    problems.push('X-Powered-By is sent');
  }
  if (response.headers['x-content-type-options'] !== 'nosniff') {
    problems.push('X-Content-Type-Options: nosniff is missing');
  }
  if (status >= 400 && !isDocumentedHtml(operation, response)) {
    problems.push(...checkErrorBody(operation, response));
  }
  return problems;
}

/** True when the operation documents an HTML page for this status and the response is one. */
function isDocumentedHtml(operation: Operation, response: RawResponse): boolean {
  const contentType = String(response.headers['content-type'] ?? '');
  return operation.htmlStatuses.has(response.status) && contentType.startsWith('text/html');
}

function checkErrorBody(operation: Operation, response: RawResponse): string[] {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return ['error body is not JSON'];
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return ['error body is not an object'];
  }
  const fields = body as Record<string, unknown>;
  if (OAUTH_ENDPOINTS.has(operation.path)) {
    const keys = Object.keys(fields).sort().join(',');
    const valid =
      keys === 'error,error_description' &&
      typeof fields.error === 'string' &&
      typeof fields.error_description === 'string';
    return valid ? [] : [`OAuth error body has keys ${keys}`];
  }
  const problems: string[] = [];
  const unknownKeys = Object.keys(fields).filter((key) => !API_ERROR_KEYS.has(key));
  if (unknownKeys.length > 0) {
    problems.push(`error body has unknown keys ${unknownKeys.join(',')}`);
  }
  if (fields.status !== response.status) {
    problems.push(`error body status ${String(fields.status)} differs from ${response.status}`);
  }
  if (typeof fields.error !== 'string' || typeof fields.message !== 'string') {
    problems.push('error body lacks error or message');
  }
  if (fields.request_id !== response.headers['x-request-id']) {
    problems.push('error body request_id differs from X-Request-Id');
  }
  return problems;
}
