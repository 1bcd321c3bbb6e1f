import { IsIn, IsOptional } from 'class-validator';

import { BrandSettings, DEBIT_ORDERS, DebitOrder } from '../brand-settings';

const DEBIT_ORDER_MESSAGE = `debit_order must be one of ${DEBIT_ORDERS.join(', ')}`;

export class UpdateBrandSettingsDto {
  /**
   * The order in which a round's bet is taken from the balances: `real_first` takes real money
   * first and then bonus money, `bonus_first` the reverse.
   * @example "bonus_first"
   */
  @IsOptional()
  @IsIn(DEBIT_ORDERS, { message: DEBIT_ORDER_MESSAGE })
  debit_order?: DebitOrder;
}

export class BrandSettingsDto {
  /** The order in which a round's bet is taken from the balances. @example "real_first" */
  debit_order: DebitOrder;

  static from(settings: BrandSettings): BrandSettingsDto {
    return { debit_order: settings.debitOrder };
  }
}
