import { AuditEventEntity } from '../audit/audit-event.entity';
import { BonusOfferEntity } from '../gaming/bonuses/bonus-offer.entity';
import { PlayerBonusEntity } from '../gaming/bonuses/player-bonus.entity';
import { IdempotencyKeyEntity } from '../common/idempotency/idempotency-key.entity';
import { GameRoundEntity } from '../gaming/games/game-round.entity';
import { GameSessionEntity } from '../gaming/games/game-session.entity';
import { GameEntity } from '../gaming/games/game.entity';
import { DepositLimitEntity } from '../gaming/limits/deposit-limit.entity';
import { PaymentMethodEntity } from '../gaming/payment-methods/payment-method.entity';
import { PaymentTransactionEntity } from '../gaming/transactions/payment-transaction.entity';
import { LedgerEntryEntity } from '../gaming/wallet/ledger-entry.entity';
import { WalletEntity } from '../gaming/wallet/wallet.entity';
import { ClientEntity } from '../auth-server/clients/client.entity';
import { SigningKeyEntity } from '../auth-server/keys/signing-key.entity';
import { RevokedAccessTokenEntity } from '../auth-server/tokens/revoked-access-token.entity';
import { RefreshTokenEntity } from '../auth-server/tokens/refresh-token.entity';
import { SessionEntity } from '../auth-server/tokens/session.entity';
import { BrandEntity } from '../brands/brand.entity';
import { OutboundMessageEntity } from '../notifications/outbound-message.entity';
import { ActivationCodeEntity } from '../users/activation/activation-code.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity of the application, listed once for Nest and for the TypeORM CLI. */
export const ENTITIES = [
  BrandEntity,
  ClientEntity,
  UserEntity,
  SigningKeyEntity,
  SessionEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  RevokedAccessTokenEntity,
  ActivationCodeEntity,
  OutboundMessageEntity,
  WalletEntity,
  LedgerEntryEntity,
  IdempotencyKeyEntity,
  DepositLimitEntity,
  PaymentMethodEntity,
  PaymentTransactionEntity,
  GameEntity,
  GameSessionEntity,
  GameRoundEntity,
  BonusOfferEntity,
  PlayerBonusEntity,
];
