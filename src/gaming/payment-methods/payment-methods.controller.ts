import {
  applyDecorators,
  Body,
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  Injectable,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOAuth2,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { BearerAuthGuard } from '../../common/auth/bearer-auth.guard';
import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { BearerError } from '../../common/errors/bearer.errors';
import { Scope } from '../../common/scopes';
import {
  CreatePaymentMethodDto,
  PaymentMethodDto,
  PaymentMethodListDto,
  PaymentMethodQueryDto,
  UpdatePaymentMethodDto,
} from './dto/payment-method.dto';
import { PaymentMethodsService } from './payment-methods.service';

const LIST_SCOPES = [Scope.TransactionsRead, Scope.PaymentMethodsWrite];

/** Lets a request through when its token carries at least one of LIST_SCOPES. */
@Injectable()
export class PaymentMethodsReadGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal) {
      throw BearerError.missing();
    }
    if (!LIST_SCOPES.some((scope) => principal.scopes.has(scope))) {
      throw BearerError.insufficientScope([Scope.TransactionsRead]);
    }
    return true;
  }
}

/** Serves players (`transactions:read`) and back offices (`payment-methods:write`) alike. */
function PlayerOrBackOfficeScopes(): MethodDecorator {
  return applyDecorators(
    UseGuards(BearerAuthGuard, PaymentMethodsReadGuard),
    ApiBearerAuth('bearer'),
    ApiOAuth2([Scope.TransactionsRead], 'oauth2'),
    ApiOAuth2([Scope.PaymentMethodsWrite], 'oauth2'),
    ApiBadRequestResponse({
      description: 'Invalid fields, or a malformed request or token placement',
      type: ApiErrorDto,
    }),
    ApiUnauthorizedResponse({
      description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
      type: ApiErrorDto,
    }),
    ApiForbiddenResponse({
      description: 'The token has neither transactions:read nor payment-methods:write',
      type: ApiErrorDto,
    }),
  );
}

@ApiTags('payment-methods')
@Controller('payment-methods')
export class PaymentMethodsController {
  constructor(private readonly methods: PaymentMethodsService) {}

  @Get()
  @PlayerOrBackOfficeScopes()
  @ApiOperation({
    summary: "List the brand's payment methods",
    description:
      'Players get the enabled methods, and a token with payment-methods:write also gets disabled ones.',
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PaymentMethodQueryDto,
  ): Promise<PaymentMethodListDto> {
    const methods = await this.methods.list(principal, query.type);
    return { data: methods.map((method) => PaymentMethodDto.from(method)) };
  }

  @Post()
  @Scopes(Scope.PaymentMethodsWrite)
  @ApiOperation({ summary: 'Add a payment method to the brand' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreatePaymentMethodDto,
  ): Promise<PaymentMethodDto> {
    return PaymentMethodDto.from(await this.methods.create(principal, dto));
  }

  @Patch(':id')
  @Scopes(Scope.PaymentMethodsWrite)
  @ApiOperation({ summary: 'Change the limits, fee, name or availability of a payment method' })
  @ApiNotFoundResponse({ description: 'No such method in this brand', type: ApiErrorDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdatePaymentMethodDto,
  ): Promise<PaymentMethodDto> {
    return PaymentMethodDto.from(await this.methods.update(principal, id, dto));
  }
}
