import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { ClientEntity } from '../../auth-server/clients/client.entity';
import { generateOpaqueToken, sha256 } from '../../common/crypto';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { NOTIFIER, Notifier } from '../../notifications/notifier';
import { UserEntity } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { ActivationCodesRepository } from './activation-codes.repository';

/** Name of the message template that carries an activation code. */
export const ACTIVATION_TEMPLATE = 'activation';

/** Thrown inside a redemption transaction to roll back the consumed code. */
class RedemptionRolledBack extends Error {}

/**
 * Activation codes of pending players: issues them through the Notifier, replaces them on request,
 * and redeems them. A code is 256 random bits, stored only as its SHA-256, and works once.
 */
@Injectable()
export class ActivationService {
  constructor(
    private readonly codes: ActivationCodesRepository,
    private readonly users: UsersRepository,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  /** Creates a code for the player and hands it to the Notifier, inside the caller's transaction. */
  async issue(manager: EntityManager, user: UserEntity, client: ClientEntity): Promise<void> {
    const code = generateOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.ACTIVATION_CODE_TTL * 1000);
    await this.codes.insert(manager, {
      userId: user.id,
      brandId: user.brandId,
      codeHash: sha256(code),
      expiresAt,
    });
    await this.notifier.send(
      {
        channel: 'email',
        recipient: user.email,
        template: ACTIVATION_TEMPLATE,
        brandId: user.brandId,
        userId: user.id,
        data: {
          code,
          client_id: client.clientId,
          brand: client.brand.code,
          language: user.language,
          first_name: user.firstName,
          expires_at: expiresAt.toISOString(),
        },
      },
      manager,
    );
  }

  /**
   * Issues a new code to the brand's pending player with this email and invalidates the older
   * ones. Does nothing when no pending player has the email, or when the newest code is younger
   * than ACTIVATION_RESEND_COOLDOWN. The player's row lock serialises concurrent requests, so
   * the cooldown holds across instances too.
   * NOTE: the response body is the same in every case, but issuing a code adds two inserts, so
   * the response time still differs slightly between a pending player and an unknown email.
   */
  async resend(client: ClientEntity, email: string): Promise<void> {
    await this.codes.transaction(async (manager) => {
      const user = await this.users.findByEmailForUpdate(manager, client.brandId, email);
      if (!user || user.status !== 'pending') {
        return;
      }
      const cooldown = this.config.ACTIVATION_RESEND_COOLDOWN;
      if (await this.codes.issuedWithin(manager, user.id, cooldown)) {
        return;
      }
      await this.codes.invalidateOpen(manager, user.id);
      await this.issue(manager, user, client);
    });
  }

  /**
   * Consumes the code and activates its pending player in one transaction, and returns the
   * player. Returns null, and changes nothing, when the code is unknown, of another brand,
   * expired, used or replaced, or when its player is no longer pending.
   */
  async redeem(
    client: ClientEntity,
    code: string,
    context: RequestContext,
  ): Promise<UserEntity | null> {
    let user: UserEntity;
    try {
      user = await this.codes.transaction(async (manager) => {
        const userId = await this.codes.consume(manager, sha256(code), client.brandId);
        const activated = userId ? await this.users.activatePending(manager, userId) : null;
        if (!activated) {
          throw new RedemptionRolledBack();
        }
        return activated;
      });
    } catch (error) {
      if (error instanceof RedemptionRolledBack) {
        return null;
      }
      throw error;
    }

    this.audit.record('player_activated', {
      request: context,
      brandId: user.brandId,
      clientId: client.clientId,
      userId: user.id,
    });
    return user;
  }
}
