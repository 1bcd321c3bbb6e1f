import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { BrandsService } from '../brands/brands.service';
import { Principal } from '../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../common/auth/scopes.decorator';
import { Scope } from '../common/scopes';
import { AuditService } from './audit.service';
import { AuditEventDto, AuditEventPageDto, AuditEventQueryDto } from './dto/audit-event.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly brands: BrandsService,
  ) {}

  @Get()
  @Scopes(Scope.AuditRead)
  @ApiOperation({ summary: "List the brand's security events, newest first" })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AuditEventQueryDto,
  ): Promise<AuditEventPageDto> {
    const brand = await this.brands.getByCode(principal.brand);
    const [events, total] = await this.audit.find(
      {
        brandId: brand.id,
        userId: query.user_id,
        clientId: query.client_id,
        type: query.type,
        from: query.from,
        to: query.to,
      },
      (query.page - 1) * query.per_page,
      query.per_page,
    );
    return {
      data: events.map((event) => AuditEventDto.from(event)),
      page: query.page,
      per_page: query.per_page,
      total,
    };
  }
}
