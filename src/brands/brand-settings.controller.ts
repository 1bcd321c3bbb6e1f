import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../common/auth/scopes.decorator';
import { CurrentRequest, RequestContext } from '../common/request-context';
import { Scope } from '../common/scopes';
import { BrandSettingsService } from './brand-settings.service';
import { BrandSettingsDto, UpdateBrandSettingsDto } from './dto/brand-settings.dto';

/** The settings of the caller's own brand, for its back office. */
@ApiTags('brands')
@Controller('brands/current/settings')
export class BrandSettingsController {
  constructor(private readonly settings: BrandSettingsService) {}

  @Get()
  @Scopes(Scope.BrandsRead)
  @ApiOperation({ summary: "Read the settings of the caller's brand" })
  async get(@CurrentPrincipal() principal: Principal): Promise<BrandSettingsDto> {
    return BrandSettingsDto.from(await this.settings.getOwn(principal));
  }

  @Patch()
  @Scopes(Scope.BrandsWrite)
  @ApiOperation({
    summary: "Change the settings of the caller's brand",
    description:
      'An absent field keeps its value. A new debit order applies to the next round on every ' +
      'instance.',
  })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateBrandSettingsDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<BrandSettingsDto> {
    const settings = await this.settings.updateOwn(
      principal,
      { debitOrder: dto.debit_order },
      context,
    );
    return BrandSettingsDto.from(settings);
  }
}
