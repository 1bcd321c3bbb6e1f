import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import {
  AdjustmentDto,
  LedgerEntryDto,
  WalletDto,
  WalletReconciliationDto,
} from './dto/wallet.dto';
import { WalletService } from './wallet.service';

/** Back-office access to the wallets of the caller's brand. */
@ApiTags('wallets')
@Controller('wallets')
export class WalletsAdminController {
  constructor(private readonly wallets: WalletService) {}

  @Get(':user_id')
  @Scopes(Scope.WalletsRead)
  @ApiOperation({ summary: "Read a player's balances" })
  @ApiNotFoundResponse({ description: 'No such player in this brand', type: ApiErrorDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', new ParseUUIDPipe()) userId: string,
  ): Promise<WalletDto> {
    const { wallet, deposited } = await this.wallets.getWithDepositedFlag(principal, userId);
    return WalletDto.from(wallet, deposited);
  }

  @Get(':user_id/verify')
  @Scopes(Scope.WalletsRead)
  @ApiOperation({ summary: 'Check that each balance equals the sum of its ledger entries' })
  @ApiNotFoundResponse({
    description: 'No wallet of such a player in this brand',
    type: ApiErrorDto,
  })
  async verify(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', new ParseUUIDPipe()) userId: string,
  ): Promise<WalletReconciliationDto> {
    const result = await this.wallets.reconcile(principal, userId);
    return {
      consistent: result.consistent,
      real_balance: Number(result.realBalance),
      real_ledger_sum: Number(result.realLedgerSum),
      bonus_balance: Number(result.bonusBalance),
      bonus_ledger_sum: Number(result.bonusLedgerSum),
    };
  }

  @Post(':user_id/adjustments')
  @Scopes(Scope.WalletsWrite)
  @Idempotent()
  @ApiOperation({ summary: 'Correct one balance by hand; the reason goes to the audit log' })
  @ApiNotFoundResponse({ description: 'No such player in this brand', type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({
    description: 'insufficient_funds: the debit is larger than the balance',
    type: ApiErrorDto,
  })
  async adjust(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', new ParseUUIDPipe()) userId: string,
    @Body() dto: AdjustmentDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<LedgerEntryDto> {
    const entry = await this.wallets.adjust(
      principal,
      userId,
      dto.balance,
      BigInt(dto.amount),
      dto.reason,
      context,
    );
    return LedgerEntryDto.from(entry);
  }
}
