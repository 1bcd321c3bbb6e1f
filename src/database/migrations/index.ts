import { InitialSchema1764864000000 } from './1764864000000-initial-schema';
import { AuditEvents1764900000000 } from './1764900000000-audit-events';
import { ActivationCodes1765000000001 } from './1765000000001-activation-codes';
import { RevokedAccessTokens1765000000002 } from './1765000000002-revoked-access-tokens';
import { SessionMetadataSelfExclusion1765000000004 } from './1765000000004-session-metadata-self-exclusion';
import { Wallets1765100000000 } from './1765100000000-wallets';
import { PaymentTransactions1765100000001 } from './1765100000001-payment-transactions';
import { IdempotencyKeys1765100000002 } from './1765100000002-idempotency-keys';
import { DepositLimits1765100000003 } from './1765100000003-deposit-limits';
import { PaymentCallbackEvents1765100000005 } from './1765100000005-payment-callback-events';
import { GameSessions1765200000000 } from './1765200000000-game-sessions';
import { Bonuses1765300000000 } from './1765300000000-bonuses';
import { LossLimits1765310000000 } from './1765310000000-loss-limits';
import { BrandDebitOrder1765310000001 } from './1765310000001-brand-debit-order';
import { GameSessionActivity1765310000002 } from './1765310000002-game-session-activity';
import { AuthorizationCodes1765320000000 } from './1765320000000-authorization-codes';
import { RefreshTokenReuseGrace1765360000000 } from './1765360000000-refresh-token-reuse-grace';
import { SigningKeyRotation1765370000000 } from './1765370000000-signing-key-rotation';

/** Every migration in order; a new migration is added here as well as in this folder. */
export const MIGRATIONS = [
  InitialSchema1764864000000,
  AuditEvents1764900000000,
  ActivationCodes1765000000001,
  RevokedAccessTokens1765000000002,
  SessionMetadataSelfExclusion1765000000004,
  Wallets1765100000000,
  PaymentTransactions1765100000001,
  IdempotencyKeys1765100000002,
  DepositLimits1765100000003,
  PaymentCallbackEvents1765100000005,
  GameSessions1765200000000,
  Bonuses1765300000000,
  LossLimits1765310000000,
  BrandDebitOrder1765310000001,
  GameSessionActivity1765310000002,
  AuthorizationCodes1765320000000,
  RefreshTokenReuseGrace1765360000000,
  SigningKeyRotation1765370000000,
];
