import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { Scope } from '../../common/scopes';
import { BonusOffersService } from './bonus-offers.service';
import {
  BonusOfferDto,
  BonusOfferPageDto,
  BonusOfferQueryDto,
  CreateBonusOfferDto,
  UpdateBonusOfferDto,
} from './dto/bonus-offer.dto';
import { setTermsHeaders } from './terms-headers';

const NOT_FOUND = { description: 'No such bonus offer in this brand', type: ApiErrorDto };

/** The bonus offers of the caller's brand, managed by its back office. */
@ApiTags('bonus-offers')
@Controller('bonus-offers')
export class BonusOffersController {
  constructor(private readonly offers: BonusOffersService) {}

  @Post()
  @Scopes(Scope.BonusesWrite)
  @ApiOperation({ summary: 'Create a bonus offer' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateBonusOfferDto,
  ): Promise<BonusOfferDto> {
    return BonusOfferDto.from(await this.offers.create(principal, dto));
  }

  @Get()
  @Scopes(Scope.BonusesWrite)
  @ApiOperation({ summary: "List the brand's bonus offers, newest first" })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: BonusOfferQueryDto,
  ): Promise<BonusOfferPageDto> {
    return this.offers.list(principal, query.page, query.per_page);
  }

  @Get(':id')
  @Scopes(Scope.BonusesWrite)
  @ApiOperation({ summary: 'Read a bonus offer' })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<BonusOfferDto> {
    return BonusOfferDto.from(await this.offers.get(principal, id));
  }

  @Get(':id/terms')
  @Scopes()
  @ApiProduces('text/html')
  @ApiOperation({
    summary: "Read an offer's terms and conditions as HTML",
    description: 'Open to any access token of the brand, whatever its scopes.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  async terms(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const offer = await this.offers.get(principal, id);
    setTermsHeaders(reply);
    return offer.termsHtml;
  }

  @Patch(':id')
  @Scopes(Scope.BonusesWrite)
  @ApiOperation({
    summary: 'Change a bonus offer',
    description: 'Active bonuses keep the amount, wager goal and expiry they started with.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateBonusOfferDto,
  ): Promise<BonusOfferDto> {
    return BonusOfferDto.from(await this.offers.update(principal, id, dto));
  }
}
