import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { sha256 } from '../../common/crypto';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { MetricsService } from '../../common/metrics/metrics.service';
import { COUNTER_STORE, CounterStore } from '../../common/rate-limit/counter-store';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { ClientEntity } from '../clients/client.entity';
import { FailureCounter, retryHint } from './failure-counter';

/**
 * Brute-force protection: failed password logins are counted per player and per client IP, and
 * failed client authentications per client id. Past each limit the player, IP or client is locked
 * for LOCKOUT_SECONDS, even for correct credentials.
 */
@Injectable()
export class LockoutService {
  private readonly players: FailureCounter;
  private readonly ips: FailureCounter;
  private readonly clients: FailureCounter;

  constructor(
    @Inject(COUNTER_STORE) store: CounterStore,
    config: AppConfig,
    private readonly audit: AuditService,
    metrics: MetricsService,
  ) {
    const windowMs = config.FAILURE_WINDOW_SECONDS * 1000;
    const lockMs = config.LOCKOUT_SECONDS * 1000;
    this.players = new FailureCounter(
      store,
      'login:player',
      {
        maxFailures: config.MAX_LOGIN_FAILURES_PER_PLAYER,
        windowMs,
        lockMs,
      },
      () => metrics.lockoutStarted('player'),
    );
    this.ips = new FailureCounter(
      store,
      'login:ip',
      {
        maxFailures: config.MAX_LOGIN_FAILURES_PER_IP,
        windowMs,
        lockMs,
      },
      () => metrics.lockoutStarted('ip'),
    );
    this.clients = new FailureCounter(
      store,
      'client-auth',
      {
        maxFailures: config.MAX_CLIENT_AUTH_FAILURES,
        windowMs,
        lockMs,
      },
      () => metrics.lockoutStarted('client'),
    );
  }

  /**
   * Returns the lockout key of a login: a hash of the brand and the username as typed, normalised.
   * The key never depends on which player the username belongs to, so known and unknown usernames
   * lock alike. A lock on one identifier of a player (say the nickname) reveals nothing about the
   * player's other identifiers (email, mobile number). No username is stored in the counters.
   * The cost: each identifier of a player gets its own allowance of failures.
   */
  playerKey(brandId: string, username: string): string {
    return `login:${sha256(`${brandId}\n${normaliseUsername(username)}`).toString('hex')}`;
  }

  /** Throws invalid_grant with the retry time when password changes of the player are locked. */
  async assertPasswordChangeAllowed(userId: string): Promise<void> {
    const lockedUntil = await this.players.lockedUntil(`change:${userId}`);
    if (lockedUntil) {
      throw new HttpException(
        `Too many wrong current passwords; ${retryHint(lockedUntil)}`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /** Counts a wrong current password given to a password change, against the same limit. */
  async recordPasswordChangeFailure(userId: string): Promise<void> {
    await this.players.recordFailure(`change:${userId}`);
  }

  /** Throws invalid_grant with the retry time when the caller's IP is locked. */
  async assertIpAllowed(ip: string): Promise<void> {
    const lockedUntil = ip ? await this.ips.lockedUntil(ip) : null;
    if (lockedUntil) {
      throw new InvalidGrantError(
        `Too many failed logins from this IP address; ${retryHint(lockedUntil)}`,
      );
    }
  }

  /**
   * Throws invalid_grant with the retry time when the player is locked. Otherwise returns the
   * player's failed logins counted in the open window, which recordLoginSuccess takes.
   */
  async assertPlayerAllowed(playerKey: string): Promise<number> {
    const { lockedUntil, failures } = await this.players.state(playerKey);
    if (lockedUntil) {
      throw playerLockedError(lockedUntil);
    }
    return failures;
  }

  /**
   * Counts a failed login for the player and the caller's IP. Throws the lock error when this
   * failure locked the player, and records `account_locked` once per lock of a known player.
   */
  async recordLoginFailure(
    playerKey: string,
    client: ClientEntity,
    context: RequestContext,
    userId?: string,
  ): Promise<void> {
    const { ip } = context;
    const [player] = await Promise.all([
      this.players.recordFailure(playerKey),
      ip ? this.ips.recordFailure(ip) : undefined,
    ]);
    if (!player.lockedUntil) {
      return;
    }
    if (player.lockStarted && userId) {
      this.audit.record('account_locked', {
        request: context,
        brandId: client.brandId,
        clientId: client.clientId,
        userId,
        details: { locked_until: player.lockedUntil.toISOString() },
      });
    }
    throw playerLockedError(player.lockedUntil);
  }

  /**
   * Resets the player's failure count after a successful login. Writes nothing when
   * `failuresBefore`, as assertPlayerAllowed returned it, is 0, so a failure counted by a
   * concurrent login after that read stays counted.
   */
  async recordLoginSuccess(playerKey: string, failuresBefore: number): Promise<void> {
    if (failuresBefore > 0) {
      await this.players.reset(playerKey);
    }
  }

  /** Returns the description of the client's lock, or null when the client is not locked. */
  async clientLockDescription(clientId: string): Promise<string | null> {
    const lockedUntil = await this.clients.lockedUntil(clientId);
    return lockedUntil
      ? `Too many failed authentications of this client; ${retryHint(lockedUntil)}`
      : null;
  }

  async recordClientFailure(clientId: string): Promise<void> {
    await this.clients.recordFailure(clientId);
  }
}

function playerLockedError(lockedUntil: Date): InvalidGrantError {
  return new InvalidGrantError(
    `The account is temporarily locked after too many failed logins; ${retryHint(lockedUntil)}`,
  );
}

/** Lower-cases and trims a username; a phone-like one keeps its digits only. */
function normaliseUsername(username: string): string {
  const trimmed = username.trim().toLowerCase().normalize('NFC');
  return /^[\d\s+()-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
}
