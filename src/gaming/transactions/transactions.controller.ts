import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import {
  DeclineTransactionDto,
  StartTransactionDto,
  TransactionDto,
  TransactionPageDto,
  TransactionQueryDto,
  UpdateTransactionDto,
} from './dto/transaction.dto';
import { TransactionsService } from './transactions.service';
import { WithdrawalApprovalsService } from './withdrawal-approvals.service';

const NOT_FOUND = { description: 'No such transaction of this player or brand', type: ApiErrorDto };
const CONFLICT = {
  description: 'invalid_transition: the transaction is not in a status that allows this',
  type: ApiErrorDto,
};

/** Deposits and withdrawals: players start and finish their own, back offices approve. */
@ApiTags('transactions')
@Controller('transactions')
export class TransactionsController {
  constructor(
    private readonly transactions: TransactionsService,
    private readonly approvals: WithdrawalApprovalsService,
  ) {}

  @Post()
  @Scopes(Scope.TransactionsWrite)
  @Idempotent()
  @ApiOperation({ summary: 'Start a deposit or withdrawal' })
  @ApiUnprocessableEntityResponse({
    description: 'insufficient_funds: the withdrawal is larger than the real balance',
    type: ApiErrorDto,
  })
  async start(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: StartTransactionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<TransactionDto> {
    return TransactionDto.from(await this.transactions.start(principal, dto, context));
  }

  @Get()
  @Scopes(Scope.TransactionsRead)
  @ApiOperation({ summary: "List the player's transactions, newest first" })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: TransactionQueryDto,
  ): Promise<TransactionPageDto> {
    const page = await this.transactions.list(principal, query);
    return { ...page, data: page.data.map((transaction) => TransactionDto.from(transaction)) };
  }

  @Get(':id')
  @Scopes(Scope.TransactionsRead)
  @ApiOperation({ summary: "Read one of the player's transactions" })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<TransactionDto> {
    return TransactionDto.from(await this.transactions.get(principal, id, context));
  }

  @Patch(':id')
  @Scopes(Scope.TransactionsWrite)
  @ApiOperation({ summary: 'Answer the action a transaction asks for, or cancel a withdrawal' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateTransactionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<TransactionDto> {
    return TransactionDto.from(await this.transactions.update(principal, id, dto, context));
  }

  @Post(':id/approve')
  @Scopes(Scope.TransactionsApprove)
  @ApiOperation({ summary: 'Approve a withdrawal pending approval' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  async approve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<TransactionDto> {
    return TransactionDto.from(await this.approvals.approve(principal, id, context));
  }

  @Post(':id/decline')
  @Scopes(Scope.TransactionsApprove)
  @ApiOperation({ summary: 'Decline a withdrawal pending approval and give the money back' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  async decline(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: DeclineTransactionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<TransactionDto> {
    return TransactionDto.from(await this.approvals.decline(principal, id, context, dto.reason));
  }
}
