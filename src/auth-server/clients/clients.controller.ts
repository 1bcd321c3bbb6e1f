import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { ClientsService } from './clients.service';
import {
  ClientResponseDto,
  ClientSecretResponseDto,
  ClientWithSecretResponseDto,
} from './dto/client-response.dto';
import { CreateClientDto } from './dto/create-client.dto';
import { UpdateClientDto } from './dto/update-client.dto';

/** Back-office management of the OAuth clients of the caller's brand. */
@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly brands: BrandsService,
  ) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  @Scopes(Scope.ClientsWrite)
  @ApiOperation({ summary: 'Register a client; a confidential client gets its secret once' })
  @ApiConflictResponse({ description: 'client_id is already registered', type: ApiErrorDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateClientDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<ClientWithSecretResponseDto> {
    const brand = await this.brands.getByCode(principal.brand);
    const { client, secret } = await this.clients.register(brand.id, dto, context);
    return { ...ClientResponseDto.from(client), client_secret: secret };
  }

  @Get()
  @Scopes(Scope.ClientsRead)
  @ApiOperation({ summary: "List the brand's clients" })
  async list(@CurrentPrincipal() principal: Principal): Promise<ClientResponseDto[]> {
    const brand = await this.brands.getByCode(principal.brand);
    return (await this.clients.list(brand.id)).map((client) => ClientResponseDto.from(client));
  }

  @Get(':client_id')
  @Scopes(Scope.ClientsRead)
  @ApiOperation({ summary: 'Read one client' })
  @ApiNotFoundResponse({ description: 'No such client in this brand', type: ApiErrorDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('client_id') clientId: string,
  ): Promise<ClientResponseDto> {
    const brand = await this.brands.getByCode(principal.brand);
    return ClientResponseDto.from(await this.clients.get(brand.id, clientId));
  }

  @Patch(':client_id')
  @Scopes(Scope.ClientsWrite)
  @ApiOperation({ summary: "Change a client's settings" })
  @ApiNotFoundResponse({ description: 'No such client in this brand', type: ApiErrorDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('client_id') clientId: string,
    @Body() dto: UpdateClientDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<ClientResponseDto> {
    const brand = await this.brands.getByCode(principal.brand);
    return ClientResponseDto.from(
      await this.clients.update(brand.id, clientId, dto, context, principal.clientId),
    );
  }

  @Post(':client_id/secret')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Scopes(Scope.ClientsWrite)
  @ApiOperation({ summary: 'Replace the secret of a confidential client; shown once' })
  @ApiNotFoundResponse({ description: 'No such client in this brand', type: ApiErrorDto })
  @ApiConflictResponse({ description: 'The client is public and has no secret', type: ApiErrorDto })
  async rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('client_id') clientId: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<ClientSecretResponseDto> {
    const brand = await this.brands.getByCode(principal.brand);
    const secret = await this.clients.rotateSecret(brand.id, clientId, context);
    return { client_id: clientId, client_secret: secret };
  }
}
