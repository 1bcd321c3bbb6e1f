import { FastifyRequest } from 'fastify';

import { InvalidRequestError } from '../../common/errors/oauth.errors';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * Reads the parameters of a token request from a form body (RFC 6749) or a JSON body (XCaliber
 * clients). Each parameter must be one string: a repeated one is invalid_request (RFC 6749 §3.2).
 * The revocation and introspection endpoints read theirs the same way, naming themselves in
 * `requestName` for the error description.
 */
export function readTokenParams(
  request: FastifyRequest,
  requestName = 'token request',
): Record<string, string> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== FORM && mediaType !== JSON_TYPE) {
    throw new InvalidRequestError(`Content-Type must be ${FORM} or ${JSON_TYPE}`);
  }

  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidRequestError(`The request body must hold the ${requestName} parameters`);
  }

  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(body)) {
    if (Array.isArray(value) && mediaType === FORM) {
      throw new InvalidRequestError(`${name} is repeated`);
    }
    if (typeof value !== 'string') {
      throw new InvalidRequestError(`${name} must be a string`);
    }
    params[name] = value;
  }
  return params;
}
