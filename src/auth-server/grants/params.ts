import { InvalidRequestError } from '../../common/errors/oauth.errors';

/** Returns a required, non-empty token request parameter; throws invalid_request naming it. */
export function requireParam(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') {
    throw new InvalidRequestError(`${name} is required`);
  }
  return value;
}
