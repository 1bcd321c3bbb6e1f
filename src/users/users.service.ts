import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { BrandsService } from '../brands/brands.service';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { isUserPrincipal, Principal } from '../common/auth/principal';
import { UsernameType } from '../auth-server/clients/client.entity';
import { CreateUserDto } from './dto/create-user.dto';
import { ProfileFieldsDto } from './dto/profile-fields.dto';
import { PasswordHasher } from './password-hasher.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export type CredentialCheck =
  { outcome: 'unknown_user' } | { outcome: 'wrong_password' | 'valid'; user: UserEntity };

/** Players of a brand: back-office creation, the profile, and the lookups a login needs. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly brands: BrandsService,
    private readonly passwords: PasswordHasher,
  ) {}

  /**
   * Checks a username and password. Unknown usernames cost one argon2 verification too, so that
   * timing does not tell them apart from wrong passwords.
   */
  async checkCredentials(
    brandId: string,
    username: string,
    password: string,
    types: readonly UsernameType[],
  ): Promise<CredentialCheck> {
    const user = await this.users.findByUsername(brandId, username, types);
    if (!user) {
      await this.passwords.verifyDummy(password);
      return { outcome: 'unknown_user' };
    }
    const matches = await this.passwords.verify(user.passwordHash, password);
    if (matches) {
      await this.endExpiredSelfExclusion(user);
    }
    return { outcome: matches ? 'valid' : 'wrong_password', user };
  }

  /** Makes the player active again at the first login after the self-exclusion ended. */
  private async endExpiredSelfExclusion(user: UserEntity): Promise<void> {
    const until = user.selfExcludedUntil;
    if (user.status !== 'self_excluded' || !until || until.getTime() > Date.now()) {
      return;
    }
    if (await this.users.endExpiredSelfExclusion(user.id)) {
      user.status = 'active';
      user.selfExcludedUntil = null;
    }
  }

  findInBrand(brandId: string, id: string): Promise<UserEntity | null> {
    return this.users.findInBrand(brandId, id);
  }

  async recordLogin(user: UserEntity): Promise<void> {
    user.lastLogin = await this.users.recordLogin(user.id);
  }

  /** Returns the player a user token speaks for; throws for client tokens and other brands. */
  async getForPrincipal(principal: Principal): Promise<UserEntity> {
    if (!isUserPrincipal(principal)) {
      throw new ForbiddenException("This route needs a player's access token");
    }
    const brand = await this.brands.getByCode(principal.brand);
    const user = await this.users.findInBrand(brand.id, principal.subject);
    if (!user) {
      throw new NotFoundException('The player of this access token was not found');
    }
    return user;
  }

  async getInBrandOf(principal: Principal, id: string): Promise<UserEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    const user = await this.users.findInBrand(brand.id, id);
    if (!user) {
      throw new NotFoundException(`Player ${id} was not found`);
    }
    return user;
  }

  async updateProfile(principal: Principal, dto: ProfileFieldsDto): Promise<UserEntity> {
    const user = await this.getForPrincipal(principal);
    const changes = profileColumns(dto);
    assertMobilePair({ ...user, ...changes });
    return this.users.update(user, changes);
  }

  /** Creates an active player in the brand of the back-office token. */
  async createActive(principal: Principal, dto: CreateUserDto): Promise<UserEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    return this.create(brand.id, dto, 'active');
  }

  /**
   * Creates a player. `afterInsert` runs in the same transaction as the insert, so that when it
   * throws, the player is not created either.
   */
  async create(
    brandId: string,
    dto: CreateUserDto,
    status: UserEntity['status'],
    afterInsert?: (user: UserEntity, manager: EntityManager) => Promise<void>,
  ): Promise<UserEntity> {
    assertMobilePair(profileColumns(dto));
    const passwordHash = await this.passwords.hash(dto.password);
    const columns: Partial<UserEntity> = {
      ...profileColumns(dto),
      brandId,
      passwordHash,
      birthday: dto.birthday,
      country: dto.country,
      currency: dto.currency,
      jurisdiction: dto.jurisdiction ?? null,
      acceptedTerms: dto.accepted_terms,
      status,
    };
    if (!afterInsert) {
      return this.users.insert(columns);
    }
    return this.users.transaction(async (manager) => {
      const user = await this.users.insert(columns, manager);
      await afterInsert(user, manager);
      return user;
    });
  }
}

/**
 * Requires mobile_code and mobile_number together: a number without its dialling code could
 * belong to players of several countries, which makes it unusable as a login name.
 */
function assertMobilePair(user: Partial<UserEntity>): void {
  const hasCode = user.mobileCode !== undefined && user.mobileCode !== null;
  const hasNumber = user.mobileNumber !== undefined && user.mobileNumber !== null;
  if (hasCode !== hasNumber) {
    const field = hasCode ? 'mobile_number' : 'mobile_code';
    throw new ValidationFailedException({
      [field]: ['mobile_code and mobile_number must be given together'],
    });
  }
}

function profileColumns(dto: ProfileFieldsDto): Partial<UserEntity> {
  const columns: Partial<UserEntity> = {
    email: dto.email?.trim().toLowerCase().normalize('NFC'),
    nickname: dto.nickname,
    firstName: dto.first_name,
    lastName: dto.last_name,
    gender: dto.gender,
    language: dto.language,
    address: dto.address,
    city: dto.city,
    postcode: dto.postcode,
    mobileCode: dto.mobile_code,
    mobileNumber: dto.mobile_number,
    receiveNews: dto.receive_news,
    receiveSms: dto.receive_sms,
    receiveSnail: dto.receive_snail,
    receivePhone: dto.receive_phone,
    realityCheck: dto.reality_check,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}
