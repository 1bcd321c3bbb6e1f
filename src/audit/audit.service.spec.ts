import { Logger } from '@nestjs/common';

import { AuditEventEntity } from './audit-event.entity';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** A repository that rejects, as PostgreSQL would, any batch holding a `token_revoked` event. */
class FakeRepository {
  stored: Partial<AuditEventEntity>[] = [];
  failure: 'data' | 'connection' | undefined;

  insertMany(events: Partial<AuditEventEntity>[]): Promise<void> {
    if (this.failure === 'connection') {
      return Promise.reject(new Error('connection refused'));
    }
    if (events.some((event) => event.type === 'token_revoked')) {
      const error = Object.assign(new Error('invalid input syntax for type json'), {
        driverError: { code: '22P02' },
      });
      return Promise.reject(error);
    }
    this.stored.push(...events);
    return Promise.resolve();
  }
}

const REQUEST = { requestId: 'req-1', ip: '203.0.113.7', userAgent: 'test' };

describe('AuditService', () => {
  let repository: FakeRepository;
  let audit: AuditService;

  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  beforeEach(() => {
    repository = new FakeRepository();
    audit = new AuditService(repository as unknown as AuditRepository);
  });

  it('stores buffered events on flush', async () => {
    audit.record('token_issued', { request: null, clientId: 'app' });

    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued']);
  });

  it('stores the request id and IP', async () => {
    audit.record('token_issued', { request: REQUEST, clientId: 'app' });

    await audit.flush();

    expect(repository.stored[0].requestId).toBe('req-1');
    expect(repository.stored[0].ip).toBe('203.0.113.7');
  });

  it('stores nulls without a request', async () => {
    audit.record('bonus_expired', { request: null, userId: 'player' });

    await audit.flush();

    expect(repository.stored[0].requestId).toBeNull();
    expect(repository.stored[0].ip).toBeNull();
  });

  it('logs the request id', () => {
    const log = jest.spyOn(Logger.prototype, 'log');

    audit.record('token_issued', { request: REQUEST, clientId: 'app' });

    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'token_issued', req: { id: 'req-1' } }),
      'token_issued',
    );
    log.mockRestore();
  });

  it('drops only the event PostgreSQL rejects', async () => {
    audit.record('token_issued', { request: null, clientId: 'app' });
    audit.record('token_revoked', { request: null, clientId: 'app' });
    audit.record('login_failed', { request: null, clientId: 'app' });

    await audit.flush();
    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued', 'login_failed']);
  });

  it('keeps events while the database is down', async () => {
    repository.failure = 'connection';
    audit.record('token_issued', { request: null, clientId: 'app' });
    await audit.flush();

    repository.failure = undefined;
    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued']);
  });
});
