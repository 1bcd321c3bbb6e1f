import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { Scope } from '../../common/scopes';
import { LedgerEntryDto, LedgerPageDto, LedgerQueryDto, WalletDto } from './dto/wallet.dto';
import { WalletService } from './wallet.service';

/** The calling player's own wallet. */
@ApiTags('wallet')
@Controller('wallet')
export class WalletController {
  constructor(private readonly wallets: WalletService) {}

  @Get()
  @Scopes(Scope.WalletRead)
  @ApiOperation({ summary: "Read the player's balances" })
  async get(@CurrentPrincipal() principal: Principal): Promise<WalletDto> {
    const { wallet, deposited } = await this.wallets.getWithDepositedFlag(principal);
    return WalletDto.from(wallet, deposited);
  }

  @Get('ledger')
  @Scopes(Scope.WalletRead)
  @ApiOperation({ summary: "List the player's ledger entries, newest first" })
  async ledger(
    @CurrentPrincipal() principal: Principal,
    @Query() query: LedgerQueryDto,
  ): Promise<LedgerPageDto> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const [entries, total] = await this.wallets.findEntries(
      wallet,
      { type: query.type, from: query.from, to: query.to },
      (query.page - 1) * query.per_page,
      query.per_page,
    );
    return {
      data: entries.map((entry) => LedgerEntryDto.from(entry)),
      page: query.page,
      per_page: query.per_page,
      total,
    };
  }
}
