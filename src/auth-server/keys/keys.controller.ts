import { Controller, Header, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { RotatedSigningKeyResponseDto } from './dto/signing-key-response.dto';
import { ROTATED_KEY_RETENTION_SECONDS } from './signing-key-rotation';
import { SigningKeysService } from './signing-keys.service';

/** Operator actions on the access-token signing keys, which every brand shares. */
@ApiTags('keys')
@Controller('keys')
export class KeysController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly audit: AuditService,
  ) {}

  @Post('rotate')
  @HttpCode(HttpStatus.CREATED)
  @Header('Cache-Control', 'no-store')
  @Scopes(Scope.KeysWrite)
  // Every rotation adds a key to the JWK Set for a day, so a loop of rotations is cut short.
  @RateLimit('keys_rotate', { maxRequests: 10, windowSeconds: 3600 })
  @ApiOperation({
    summary:
      'Rotate the access-token signing key; the previous key keeps verifying until its tokens expired',
  })
  async rotate(
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() context: RequestContext,
  ): Promise<RotatedSigningKeyResponseDto> {
    const { key, previousKid } = await this.keys.rotate();

    this.audit.record('signing_key_rotated', {
      request: context,
      clientId: principal.clientId,
      details: { kid: key.kid, previous_kid: previousKid, brand: principal.brand },
    });
    return RotatedSigningKeyResponseDto.from(key, previousKid, ROTATED_KEY_RETENTION_SECONDS);
  }
}
