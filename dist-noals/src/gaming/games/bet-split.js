"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitBet = splitBet;
const api_exception_1 = require("../../common/errors/api.exception");
/**
 * Splits a bet between the real and bonus balances in the brand's debit order: the first balance
 * pays as much as it contains and the second pays the rest. Throws 422 `insufficient_funds` when
 * the two together fall short.
 */
function splitBet(balances, bet, order) {
    const real = BigInt(balances.realBalance);
    const bonus = BigInt(balances.bonusBalance);
    if (real + bonus < bet) {
        throw new api_exception_1.ApiException(422, 'insufficient_funds', `The bet of ${bet} minor units is larger than the balance of ${real + bonus}`);
    }
    if (order === 'bonus_first') {
        const fromBonus = bet < bonus ? bet : bonus;
        return { real: bet - fromBonus, bonus: fromBonus };
    }
    const fromReal = bet < real ? bet : real;
    return { real: fromReal, bonus: bet - fromReal };
}
//# sourceMappingURL=bet-split.js.map