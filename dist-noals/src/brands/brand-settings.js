"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEBIT_ORDERS = void 0;
/** The orders in which a round's bet may be taken from a wallet's balances. */
exports.DEBIT_ORDERS = ['real_first', 'bonus_first'];
//# sourceMappingURL=brand-settings.js.map