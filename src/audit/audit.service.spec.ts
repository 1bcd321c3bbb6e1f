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
    audit.record('token_issued', { clientId: 'app' });

    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued']);
  });

  it('drops only the event PostgreSQL rejects', async () => {
    audit.record('token_issued', { clientId: 'app' });
    audit.record('token_revoked', { clientId: 'app' });
    audit.record('login_failed', { clientId: 'app' });

    await audit.flush();
    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued', 'login_failed']);
  });

  it('keeps events while the database is down', async () => {
    repository.failure = 'connection';
    audit.record('token_issued', { clientId: 'app' });
    await audit.flush();

    repository.failure = undefined;
    await audit.flush();

    expect(repository.stored.map((event) => event.type)).toEqual(['token_issued']);
  });
});
