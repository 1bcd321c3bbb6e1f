import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ApiErrorDto } from '../common/errors/api-error.dto';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { ResendActivationDto, ResendActivationResponseDto } from './dto/resend-activation.dto';
import { RegistrationService } from './registration.service';

const RESEND_ACCEPTED: ResendActivationResponseDto = {
  message:
    'If a player of this brand is waiting for activation with this email, a new activation code was sent',
};

@ApiTags('users')
@Controller('users/activation')
export class ActivationController {
  constructor(private readonly registration: RegistrationService) {}

  @Post('resend')
  @RateLimit('activation_resend')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a pending player a new activation code',
    description:
      'Invalidates the older codes. The answer is the same whether or not the email belongs to a pending player, and a player gets at most one new code per ACTIVATION_RESEND_COOLDOWN seconds.',
  })
  @ApiAcceptedResponse({ type: ResendActivationResponseDto })
  @ApiBadRequestResponse({ description: 'Invalid email or client_id', type: ApiErrorDto })
  async resend(@Body() dto: ResendActivationDto): Promise<ResendActivationResponseDto> {
    await this.registration.resendActivation(dto);
    return RESEND_ACCEPTED;
  }
}
