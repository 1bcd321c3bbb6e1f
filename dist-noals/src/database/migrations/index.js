"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1764864000000_initial_schema_1 = require("./1764864000000-initial-schema");
const _1764900000000_audit_events_1 = require("./1764900000000-audit-events");
const _1765000000001_activation_codes_1 = require("./1765000000001-activation-codes");
const _1765000000002_revoked_access_tokens_1 = require("./1765000000002-revoked-access-tokens");
const _1765000000004_session_metadata_self_exclusion_1 = require("./1765000000004-session-metadata-self-exclusion");
const _1765100000000_wallets_1 = require("./1765100000000-wallets");
const _1765100000001_payment_transactions_1 = require("./1765100000001-payment-transactions");
const _1765100000002_idempotency_keys_1 = require("./1765100000002-idempotency-keys");
const _1765100000003_deposit_limits_1 = require("./1765100000003-deposit-limits");
const _1765100000005_payment_callback_events_1 = require("./1765100000005-payment-callback-events");
const _1765200000000_game_sessions_1 = require("./1765200000000-game-sessions");
const _1765300000000_bonuses_1 = require("./1765300000000-bonuses");
const _1765310000000_loss_limits_1 = require("./1765310000000-loss-limits");
const _1765310000001_brand_debit_order_1 = require("./1765310000001-brand-debit-order");
const _1765310000002_game_session_activity_1 = require("./1765310000002-game-session-activity");
const _1765320000000_authorization_codes_1 = require("./1765320000000-authorization-codes");
const _1765360000000_refresh_token_reuse_grace_1 = require("./1765360000000-refresh-token-reuse-grace");
const _1765370000000_signing_key_rotation_1 = require("./1765370000000-signing-key-rotation");
/** Every migration in order; a new migration is added here as well as in this folder. */
exports.MIGRATIONS = [
    _1764864000000_initial_schema_1.InitialSchema1764864000000,
    _1764900000000_audit_events_1.AuditEvents1764900000000,
    _1765000000001_activation_codes_1.ActivationCodes1765000000001,
    _1765000000002_revoked_access_tokens_1.RevokedAccessTokens1765000000002,
    _1765000000004_session_metadata_self_exclusion_1.SessionMetadataSelfExclusion1765000000004,
    _1765100000000_wallets_1.Wallets1765100000000,
    _1765100000001_payment_transactions_1.PaymentTransactions1765100000001,
    _1765100000002_idempotency_keys_1.IdempotencyKeys1765100000002,
    _1765100000003_deposit_limits_1.DepositLimits1765100000003,
    _1765100000005_payment_callback_events_1.PaymentCallbackEvents1765100000005,
    _1765200000000_game_sessions_1.GameSessions1765200000000,
    _1765300000000_bonuses_1.Bonuses1765300000000,
    _1765310000000_loss_limits_1.LossLimits1765310000000,
    _1765310000001_brand_debit_order_1.BrandDebitOrder1765310000001,
    _1765310000002_game_session_activity_1.GameSessionActivity1765310000002,
    _1765320000000_authorization_codes_1.AuthorizationCodes1765320000000,
    _1765360000000_refresh_token_reuse_grace_1.RefreshTokenReuseGrace1765360000000,
    _1765370000000_signing_key_rotation_1.SigningKeyRotation1765370000000,
];
//# sourceMappingURL=index.js.map