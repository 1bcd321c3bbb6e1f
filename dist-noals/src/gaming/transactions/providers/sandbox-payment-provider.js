"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxPaymentProvider = exports.SANDBOX_DECLINED_CARD_SUFFIX = void 0;
const validation_failed_exception_1 = require("../../../common/errors/validation-failed.exception");
/** A card number ending in these digits is declined by the sandbox after `add-card`. */
exports.SANDBOX_DECLINED_CARD_SUFFIX = '0002';
const NO_ACTION = { action: null, redirectUrl: null };
/**
 * A provider that moves no real money and decides every outcome from the last two digits of the
 * amount (amount % 100), so that tests and demos reach each branch on purpose:
 *
 * - 01: failed at once.
 * - 02: pending, then completed at the next status check.
 * - 03: pending, then failed at the next status check.
 * - 04: completed at once, also for a withdrawal (no approval).
 * - 10: `add-card`, 11: `select-card`, 12: `provide-credentials`. Completing the action
 *   completes a deposit and sends a withdrawal to approval. A card number ending in 0002 fails.
 * - 13: `redirect-to-url` to `success_url` (required), pending, then completed at the next check.
 * - anything else: a deposit completes at once, a withdrawal waits for approval.
 *
 * An approved withdrawal is paid out (completed) at the next status check.
 */
class SandboxPaymentProvider {
    id = 'sandbox';
    start(transaction) {
        // The executor turns a thrown ValidationFailedException into a rejection.
        return new Promise((resolve) => resolve(this.decideStart(transaction)));
    }
    completeAction(transaction, input) {
        const declined = input.action === 'add-card' && input.cardNumber.endsWith(exports.SANDBOX_DECLINED_CARD_SUFFIX);
        if (declined) {
            return Promise.resolve({ status: 'failed', ...NO_ACTION });
        }
        return Promise.resolve({ status: this.acceptedStatus(transaction), ...NO_ACTION });
    }
    checkStatus(transaction, status) {
        if (status === 'approved') {
            return Promise.resolve('completed');
        }
        if (status !== 'pending') {
            return Promise.resolve(status);
        }
        return Promise.resolve(transaction.amount % 100n === 3n ? 'failed' : 'completed');
    }
    decideStart(transaction) {
        switch (Number(transaction.amount % 100n)) {
            case 1:
                return { status: 'failed', ...NO_ACTION };
            case 2:
            case 3:
                return { status: 'pending', ...NO_ACTION };
            case 4:
                return { status: 'completed', ...NO_ACTION };
            case 10:
                return { status: 'card_requested', action: 'add-card', redirectUrl: null };
            case 11:
                return { status: 'card_requested', action: 'select-card', redirectUrl: null };
            case 12:
                return {
                    status: 'credentials_requested',
                    action: 'provide-credentials',
                    redirectUrl: null,
                };
            case 13:
                return {
                    status: 'pending',
                    action: 'redirect-to-url',
                    redirectUrl: redirectTo(transaction),
                };
            default:
                return { status: this.acceptedStatus(transaction), ...NO_ACTION };
        }
    }
    acceptedStatus(transaction) {
        return transaction.type === 'deposit' ? 'completed' : 'pending_approval';
    }
}
exports.SandboxPaymentProvider = SandboxPaymentProvider;
/** Stands in for a hosted payment page that accepts at once and sends the player back. */
function redirectTo(transaction) {
    if (!transaction.successUrl) {
        throw new validation_failed_exception_1.ValidationFailedException({
            success_url: ['success_url is required when the sandbox redirects (amount ending in 13)'],
        });
    }
    const url = new URL(transaction.successUrl);
    url.searchParams.set('transaction_id', transaction.id);
    return url.toString();
}
//# sourceMappingURL=sandbox-payment-provider.js.map