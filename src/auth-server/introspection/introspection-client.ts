import { FastifyRequest } from 'fastify';

import { InvalidClientError, OAuthError } from '../../common/errors/oauth.errors';
import { requestContextOf } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { ClientAuthenticator } from '../clients/client-authenticator.service';
import { ClientEntity } from '../clients/client.entity';
import { readClientCredentials } from '../clients/client-credentials';

/**
 * An authenticated client that may not introspect. 403, because its credentials are right and
 * other ones would not help, with the RFC 6749 code for a client not allowed to use a method.
 */
export class IntrospectionForbiddenError extends OAuthError {
  constructor() {
    super(
      'unauthorized_client',
      `This client may not introspect tokens: it needs the ${Scope.TokensIntrospect} scope`,
      403,
    );
  }
}

/**
 * Authenticates the caller of the introspection endpoint, which RFC 7662 §2.1 requires to be
 * authorized so that it cannot be used to scan for tokens. Only a confidential client holding
 * `tokens:introspect` passes. Failed or missing client authentication is 401 invalid_client with
 * a Basic challenge whatever method was used, because RFC 7662 §2.3 requires 401 there. A public
 * client counts as unauthenticated, since it has no secret.
 */
export async function authenticateIntrospector(
  authenticator: ClientAuthenticator,
  request: FastifyRequest,
  params: Record<string, string>,
): Promise<ClientEntity> {
  let client: ClientEntity;
  try {
    client = await authenticator.authenticate(
      readClientCredentials(request, params),
      requestContextOf(request),
    );
  } catch (error) {
    if (error instanceof InvalidClientError) {
      throw new InvalidClientError(error.description, true);
    }
    throw error;
  }

  if (client.type !== 'confidential') {
    throw new InvalidClientError(
      'Token introspection requires a confidential client authenticated with its secret',
      true,
    );
  }
  if (!client.scopes.includes(Scope.TokensIntrospect)) {
    throw new IntrospectionForbiddenError();
  }
  return client;
}
