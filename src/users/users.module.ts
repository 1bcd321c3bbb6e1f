import { Module } from '@nestjs/common';

import { AccountSecurityController } from './account-security.controller';
import { AccountSecurityService } from './account-security.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActivationCodesRepository } from './activation/activation-codes.repository';
import { ActivationService } from './activation/activation.service';
import { ActivationController } from './activation.controller';
import { PasswordHasher } from './password-hasher.service';
import { PasswordPolicy } from './password-policy/password-policy.service';
import { RegistrationService } from './registration.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [NotificationsModule],
  controllers: [UsersController, ActivationController, AccountSecurityController],
  providers: [
    UsersRepository,
    UsersService,
    PasswordHasher,
    PasswordPolicy,
    RegistrationService,
    ActivationCodesRepository,
    ActivationService,
    AccountSecurityService,
  ],
  exports: [UsersService, PasswordPolicy, ActivationService],
})
export class UsersModule {}
