import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { BrandsService } from '../brands/brands.service';
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
    return { outcome: matches ? 'valid' : 'wrong_password', user };
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
    return this.users.update(user, profileColumns(dto));
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

function profileColumns(dto: ProfileFieldsDto): Partial<UserEntity> {
  const columns: Partial<UserEntity> = {
    email: dto.email?.trim().toLowerCase(),
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
