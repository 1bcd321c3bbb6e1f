"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
const audit_event_entity_1 = require("../audit/audit-event.entity");
const bonus_offer_entity_1 = require("../gaming/bonuses/bonus-offer.entity");
const player_bonus_entity_1 = require("../gaming/bonuses/player-bonus.entity");
const idempotency_key_entity_1 = require("../common/idempotency/idempotency-key.entity");
const game_round_entity_1 = require("../gaming/games/game-round.entity");
const game_session_entity_1 = require("../gaming/games/game-session.entity");
const game_entity_1 = require("../gaming/games/game.entity");
const deposit_limit_entity_1 = require("../gaming/limits/deposit-limit.entity");
const payment_method_entity_1 = require("../gaming/payment-methods/payment-method.entity");
const payment_transaction_entity_1 = require("../gaming/transactions/payment-transaction.entity");
const ledger_entry_entity_1 = require("../gaming/wallet/ledger-entry.entity");
const wallet_entity_1 = require("../gaming/wallet/wallet.entity");
const client_entity_1 = require("../auth-server/clients/client.entity");
const signing_key_entity_1 = require("../auth-server/keys/signing-key.entity");
const revoked_access_token_entity_1 = require("../auth-server/tokens/revoked-access-token.entity");
const refresh_token_entity_1 = require("../auth-server/tokens/refresh-token.entity");
const session_entity_1 = require("../auth-server/tokens/session.entity");
const brand_entity_1 = require("../brands/brand.entity");
const outbound_message_entity_1 = require("../notifications/outbound-message.entity");
const activation_code_entity_1 = require("../users/activation/activation-code.entity");
const user_entity_1 = require("../users/user.entity");
/** Every entity of the application, listed once for Nest and for the TypeORM CLI. */
exports.ENTITIES = [
    brand_entity_1.BrandEntity,
    client_entity_1.ClientEntity,
    user_entity_1.UserEntity,
    signing_key_entity_1.SigningKeyEntity,
    session_entity_1.SessionEntity,
    refresh_token_entity_1.RefreshTokenEntity,
    audit_event_entity_1.AuditEventEntity,
    revoked_access_token_entity_1.RevokedAccessTokenEntity,
    activation_code_entity_1.ActivationCodeEntity,
    outbound_message_entity_1.OutboundMessageEntity,
    wallet_entity_1.WalletEntity,
    ledger_entry_entity_1.LedgerEntryEntity,
    idempotency_key_entity_1.IdempotencyKeyEntity,
    deposit_limit_entity_1.DepositLimitEntity,
    payment_method_entity_1.PaymentMethodEntity,
    payment_transaction_entity_1.PaymentTransactionEntity,
    game_entity_1.GameEntity,
    game_session_entity_1.GameSessionEntity,
    game_round_entity_1.GameRoundEntity,
    bonus_offer_entity_1.BonusOfferEntity,
    player_bonus_entity_1.PlayerBonusEntity,
];
//# sourceMappingURL=entities.js.map