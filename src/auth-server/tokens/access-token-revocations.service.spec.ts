import { AppConfig } from '../../config/app-config';
import { AccessTokenRevocationsService } from './access-token-revocations.service';
import { NotificationListener } from './notification-listener';
import { RevokedAccessTokensRepository } from './revoked-access-tokens.repository';

const JTI = '3f1c2b9e-7d4a-4c1e-9b2f-6a8d0e5c7b31';

function createService(): {
  service: AccessTokenRevocationsService;
  revoke: jest.Mock;
} {
  const revoke = jest.fn().mockResolvedValue(true);
  const repository = { revoke } as unknown as RevokedAccessTokensRepository;
  const config = { DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' } as AppConfig;
  return {
    service: new AccessTokenRevocationsService(repository, new NotificationListener(config)),
    revoke,
  };
}

describe('AccessTokenRevocationsService', () => {
  it('unknown jti is not revoked', () => {
    const { service } = createService();

    expect(service.isRevoked(JTI)).toBe(false);
  });

  it('rejects at once after revoke', async () => {
    const { service } = createService();

    await service.revoke(JTI, 2_000_000_000);

    expect(service.isRevoked(JTI)).toBe(true);
  });

  it('stores the expiry as a date', async () => {
    const { service, revoke } = createService();

    await service.revoke(JTI, 2_000_000_000);

    expect(revoke).toHaveBeenCalledWith({ jti: JTI, expiresAt: new Date(2_000_000_000_000) });
  });
});
