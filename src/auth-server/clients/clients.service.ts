import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { generateOpaqueToken, sha256 } from '../../common/crypto';
import { FieldConflictException } from '../../common/errors/field-conflict.exception';
import { RequestContext } from '../../common/request-context';
import { isBrandAdminScope, Scope } from '../../common/scopes';
import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { AllowedOrigins } from '../cors/allowed-origins.service';
import { GrantRegistry } from '../grants/grant-registry';
import { DEFAULT_ACCESS_TOKEN_TTL, DEFAULT_REFRESH_TOKEN_TTL } from '../tokens/token.constants';
import { ClientCache } from './client-cache.service';
import { ClientEntity } from './client.entity';
import { ClientsRepository } from './clients.repository';
import { CreateClientDto } from './dto/create-client.dto';
import { UpdateClientDto } from './dto/update-client.dto';

export interface RegisteredClient {
  client: ClientEntity;
  /** Set for confidential clients only. */
  secret?: string;
}

/** Registers and changes the clients of one brand. No method reads or changes another brand's clients. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly clients: ClientsRepository,
    private readonly grants: GrantRegistry,
    private readonly audit: AuditService,
    private readonly cache: ClientCache,
    private readonly origins: AllowedOrigins,
  ) {}

  /**
   * Registers a client. A confidential client gets a generated secret unless `secret` is given,
   * as for the bootstrap client whose secret comes from the environment. `context` is null when
   * the server registers the client itself at startup.
   */
  async register(
    brandId: string,
    dto: CreateClientDto,
    context: RequestContext | null,
    secret?: string,
  ): Promise<RegisteredClient> {
    const settings: Partial<ClientEntity> = {
      clientId: dto.client_id,
      brandId,
      name: dto.name,
      type: dto.type,
      grantTypes: dto.grant_types,
      scopes: dto.scopes,
      defaultScopes: dto.default_scopes ?? dto.scopes,
      usernameTypes: dto.username_types ?? ['email'],
      accessTokenTtl: dto.access_token_ttl ?? DEFAULT_ACCESS_TOKEN_TTL,
      refreshTokenTtl: dto.refresh_token_ttl ?? DEFAULT_REFRESH_TOKEN_TTL,
      refreshTokenReuseGrace: dto.refresh_token_reuse_grace ?? 0,
      redirectUris: dto.redirect_uris ?? [],
      captchaRequired: dto.captcha_required ?? false,
      firstParty: dto.first_party ?? true,
      allowedOrigins: dto.allowed_origins ?? [],
    };
    this.assertConsistent(settings);

    const clientSecret =
      dto.type === 'confidential' ? (secret ?? generateOpaqueToken()) : undefined;
    settings.secretHash = clientSecret ? sha256(clientSecret) : null;

    try {
      const client = await this.clients.insert(settings);
      this.origins.clear();
      this.audit.record('client_created', {
        request: context,
        brandId,
        clientId: client.clientId,
        details: { type: client.type, grant_types: client.grantTypes, scopes: client.scopes },
      });
      return { client, secret: clientSecret };
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw new FieldConflictException(
          'client_id',
          `client_id ${dto.client_id} is already registered`,
        );
      }
      throw error;
    }
  }

  list(brandId: string): Promise<ClientEntity[]> {
    return this.clients.findByBrand(brandId);
  }

  /** Returns a client of this brand; throws NotFoundException for any other. */
  async get(brandId: string, clientId: string): Promise<ClientEntity> {
    const client = await this.clients.findByClientId(clientId);
    if (!client || client.brandId !== brandId) {
      throw new NotFoundException(`Client ${clientId} was not found`);
    }
    return client;
  }

  /**
   * Changes a client's settings. `callerClientId` is the client whose token makes the change: it
   * may not take away its own client_credentials grant or clients:write scope, which would leave
   * the brand without a way back in.
   */
  async update(
    brandId: string,
    clientId: string,
    dto: UpdateClientDto,
    context: RequestContext,
    callerClientId?: string,
  ): Promise<ClientEntity> {
    const client = await this.get(brandId, clientId);
    if (clientId === callerClientId) {
      assertKeepsAdminAccess(dto);
    }

    const changes: Partial<ClientEntity> = {
      name: dto.name,
      grantTypes: dto.grant_types,
      scopes: dto.scopes,
      defaultScopes: dto.default_scopes,
      usernameTypes: dto.username_types,
      accessTokenTtl: dto.access_token_ttl,
      refreshTokenTtl: dto.refresh_token_ttl,
      refreshTokenReuseGrace: dto.refresh_token_reuse_grace,
      redirectUris: dto.redirect_uris,
      captchaRequired: dto.captcha_required,
      firstParty: dto.first_party,
      allowedOrigins: dto.allowed_origins,
    };
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<ClientEntity>;
    this.assertConsistent({ ...client, ...defined });

    const updated = await this.clients.update(client.id, defined);
    this.cache.forget(clientId);
    this.origins.clear();
    this.audit.record('client_updated', {
      request: context,
      brandId,
      clientId,
      details: { fields: Object.keys(dto) },
    });
    return updated;
  }

  /** Replaces a confidential client's secret; the old one stops working at once. */
  async rotateSecret(brandId: string, clientId: string, context: RequestContext): Promise<string> {
    const client = await this.get(brandId, clientId);
    if (client.type !== 'confidential') {
      throw new ConflictException(`Client ${clientId} is public and has no secret`);
    }

    const secret = generateOpaqueToken();
    await this.clients.update(client.id, { secretHash: sha256(secret) });
    this.cache.forget(clientId);
    this.audit.record('client_secret_rotated', { request: context, brandId, clientId });
    return secret;
  }

  private assertConsistent(client: Partial<ClientEntity>): void {
    const fields: Record<string, string[]> = {};

    const unknownGrants = (client.grantTypes ?? []).filter((type) => !this.grants.find(type));
    if (unknownGrants.length > 0) {
      fields.grant_types = [
        `unsupported grant types: ${unknownGrants.join(', ')}; supported: ${this.grants.grantTypes().join(', ')}`,
      ];
    } else if (client.type === 'public' && client.grantTypes?.includes('client_credentials')) {
      fields.grant_types = ['a public client cannot use client_credentials'];
    } else if (client.grantTypes?.length === 0) {
      fields.grant_types = ['grant_types must list at least one grant type'];
    }

    const adminScopes = (client.scopes ?? []).filter((scope) => isBrandAdminScope(scope));
    if (client.type === 'public' && adminScopes.length > 0) {
      fields.scopes = [`a public client cannot hold back-office scopes: ${adminScopes.join(', ')}`];
    }

    const outside = (client.defaultScopes ?? []).filter((scope) => !client.scopes?.includes(scope));
    if (outside.length > 0) {
      fields.default_scopes = [
        `default_scopes must be a subset of scopes; not in scopes: ${outside.join(', ')}`,
      ];
    }
    if (client.usernameTypes?.length === 0) {
      fields.username_types = [
        'username_types must list at least one of email, nickname, mobile_number',
      ];
    }

    if (Object.keys(fields).length > 0) {
      throw new ValidationFailedException(fields);
    }
  }
}

function assertKeepsAdminAccess(dto: UpdateClientDto): void {
  const fields: Record<string, string[]> = {};
  if (dto.grant_types && !dto.grant_types.includes('client_credentials')) {
    fields.grant_types = ['a client cannot remove client_credentials from itself'];
  }
  if (dto.scopes && !dto.scopes.includes(Scope.ClientsWrite)) {
    fields.scopes = ['a client cannot remove clients:write from itself'];
  }
  if (Object.keys(fields).length > 0) {
    throw new ValidationFailedException(fields);
  }
}
