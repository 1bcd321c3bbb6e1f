import { randomBytes } from 'node:crypto';

import { ClientEntity } from '../../src/auth-server/clients/client.entity';
import { ClientsService } from '../../src/auth-server/clients/clients.service';
import { CreateClientDto } from '../../src/auth-server/clients/dto/create-client.dto';
import { BrandEntity } from '../../src/brands/brand.entity';
import { BrandsRepository } from '../../src/brands/brands.repository';
import { RequestContext } from '../../src/common/request-context';
import { CreateUserDto } from '../../src/users/dto/create-user.dto';
import { UserEntity, UserStatus } from '../../src/users/user.entity';
import { UsersService } from '../../src/users/users.service';
import { TestApp } from './test-app';

export const PLAYER_PASSWORD = 'correct-horse-battery';

/** The request a test stands for when it calls a service directly instead of over HTTP. */
export const TEST_REQUEST: RequestContext = { requestId: 'test-request', ip: '127.0.0.1' };

export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function createBrand(testApp: TestApp, code = uniqueCode('brand')): Promise<BrandEntity> {
  return testApp.app.get(BrandsRepository).ensure(code, `Brand ${code}`);
}

/** Registers a brand's own public app with password and refresh_token and the profile scopes. */
export async function createAppClient(
  testApp: TestApp,
  brand: BrandEntity,
  overrides: Partial<CreateClientDto> = {},
): Promise<ClientEntity> {
  const { client } = await testApp.app.get(ClientsService).register(
    brand.id,
    {
      client_id: uniqueCode(brand.code),
      name: 'App',
      type: 'public',
      grant_types: ['password', 'refresh_token'],
      scopes: ['profile:read', 'profile:write'],
      default_scopes: ['profile:read', 'profile:write'],
      username_types: ['email', 'nickname', 'mobile_number'],
      ...overrides,
    },
    null,
  );
  return client;
}

/** A confidential back-office client; returns its secret too. */
export async function createConfidentialClient(
  testApp: TestApp,
  brand: BrandEntity,
  overrides: Partial<CreateClientDto> = {},
): Promise<{ client: ClientEntity; secret: string }> {
  const { client, secret } = await testApp.app.get(ClientsService).register(
    brand.id,
    {
      client_id: uniqueCode(`${brand.code}-bo`),
      name: 'Back office',
      type: 'confidential',
      grant_types: ['client_credentials'],
      scopes: ['clients:read', 'clients:write', 'users:read', 'users:write'],
      ...overrides,
    },
    null,
  );
  return { client, secret: secret as string };
}

export function playerFields(overrides: Partial<CreateUserDto> = {}): CreateUserDto {
  const suffix = randomBytes(4).toString('hex');
  return {
    email: `player-${suffix}@example.test`,
    nickname: `player_${suffix}`,
    password: PLAYER_PASSWORD,
    first_name: 'Ada',
    last_name: 'Lovelace',
    birthday: '1990-05-17',
    gender: 'female',
    country: 'MT',
    currency: 'EUR',
    language: 'en',
    mobile_code: '+356',
    mobile_number: `79${String(parseInt(suffix, 16) % 1_000_000).padStart(6, '0')}`,
    accepted_terms: true,
    ...overrides,
  };
}

export function createPlayer(
  testApp: TestApp,
  brand: BrandEntity,
  overrides: Partial<CreateUserDto> = {},
  status: UserStatus = 'active',
): Promise<UserEntity> {
  return testApp.app.get(UsersService).create(brand.id, playerFields(overrides), status);
}
