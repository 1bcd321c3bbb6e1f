import { RequestContext } from '../../common/request-context';
import { ClientEntity } from '../clients/client.entity';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';

/** A token request after its client has been authenticated. */
export interface TokenRequest {
  /** Body parameters, each a single string. */
  params: Readonly<Record<string, string>>;
  client: ClientEntity;
  context: RequestContext;
}

/**
 * One OAuth grant type. Implementations are listed in the GRANTS provider of AuthServerModule
 * and looked up by `grantType`.
 */
export interface Grant {
  readonly grantType: string;
  handle(request: TokenRequest): Promise<TokenResponseDto>;
}

export const GRANTS = Symbol('GRANTS');
