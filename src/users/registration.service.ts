import { Injectable } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { ClientEntity } from '../auth-server/clients/client.entity';
import { ClientsRepository } from '../auth-server/clients/clients.repository';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { RequestContext } from '../common/request-context';
import { ActivationService } from './activation/activation.service';
import { RegisterUserDto } from './dto/register-user.dto';
import { ResendActivationDto } from './dto/resend-activation.dto';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** One message for every unusable client_id, so that the error reveals nothing about the client. */
const UNUSABLE_CLIENT_MESSAGE = "client_id must be the client_id of a brand's public app";

/**
 * Players' own sign-up: creates a pending player of the brand named by a public client, and
 * hands an activation code to the Notifier in the same transaction.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly clients: ClientsRepository,
    private readonly users: UsersService,
    private readonly activation: ActivationService,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterUserDto, context: RequestContext): Promise<UserEntity> {
    const client = await this.findBrandApp(dto.client_id);
    const user = await this.users.create(client.brandId, dto, 'pending', (created, manager) =>
      this.activation.issue(manager, created, client),
    );
    this.audit.record('player_registered', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      userId: user.id,
    });
    return user;
  }

  /** Sends a new activation code when a pending player of the brand has the email; see resend. */
  async resendActivation(dto: ResendActivationDto): Promise<void> {
    const client = await this.findBrandApp(dto.client_id);
    await this.activation.resend(client, dto.email);
  }

  /** Returns the public client named, or throws a validation error on client_id. */
  private async findBrandApp(clientId: string): Promise<ClientEntity> {
    const client = await this.clients.findByClientId(clientId);
    if (!client || client.type !== 'public' || !client.brand) {
      throw new ValidationFailedException({ client_id: [UNUSABLE_CLIENT_MESSAGE] });
    }
    return client;
  }
}
