import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { ApiErrorDto } from '../../../common/errors/api-error.dto';
import { RateLimit } from '../../../common/rate-limit/rate-limit.decorator';
import { CurrentRequest, RequestContext } from '../../../common/request-context';
import { CallbackSignatureGuard } from './callback-signature.guard';
import { PaymentCallbackDto, PaymentCallbackResultDto } from './payment-callback.dto';
import { PaymentCallbacksService } from './payment-callbacks.service';

/** Asynchronous results from payment providers, authenticated by an HMAC signature. */
@ApiTags('transactions')
@Controller('payments/callbacks')
export class PaymentCallbacksController {
  constructor(private readonly callbacks: PaymentCallbacksService) {}

  @Post(':provider')
  @HttpCode(200)
  @UseGuards(CallbackSignatureGuard)
  // Listed after the signature guard so that it runs first: decorators apply bottom-up.
  @RateLimit('payment_callbacks')
  @ApiOperation({ summary: "Apply a payment provider's result for a transaction" })
  @ApiHeader({
    name: 'X-Signature',
    required: true,
    description: 'sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>" with the provider secret>',
  })
  @ApiHeader({ name: 'X-Timestamp', required: true, description: 'Unix time in seconds' })
  @ApiBadRequestResponse({ description: 'Malformed body', type: ApiErrorDto })
  @ApiUnauthorizedResponse({
    description: 'invalid_signature: missing or forged signature, or a stale timestamp',
    type: ApiErrorDto,
  })
  @ApiNotFoundResponse({
    description: 'Unknown provider, provider without callbacks, or no such transaction',
    type: ApiErrorDto,
  })
  async receive(
    @Param('provider') provider: string,
    @Body() dto: PaymentCallbackDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<PaymentCallbackResultDto> {
    const { transaction, applied } = await this.callbacks.handle(provider, dto, context);
    return {
      transaction_id: transaction.id,
      event_id: dto.event_id,
      status: transaction.status,
      applied,
    };
  }
}
