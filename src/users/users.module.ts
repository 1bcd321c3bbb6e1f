import { Module } from '@nestjs/common';

import { AccountSecurityController } from './account-security.controller';
import { AccountSecurityService } from './account-security.service';
import { PasswordHasher } from './password-hasher.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController, AccountSecurityController],
  providers: [UsersRepository, UsersService, PasswordHasher, AccountSecurityService],
  exports: [UsersService],
})
export class UsersModule {}
