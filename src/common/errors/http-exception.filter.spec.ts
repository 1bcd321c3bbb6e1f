import { HttpExceptionFilter } from './http-exception.filter';
import { HandlerTimeoutError } from '../http-limits/handler-timeout';

function databaseError(code: string): Error {
  return Object.assign(new Error('database error'), { driverError: { code } });
}

describe('HttpExceptionFilter.toApiError', () => {
  const filter = new HttpExceptionFilter();

  it.each(['40P01', '40001'])('answers 503 for %s', (code) => {
    const body = filter.toApiError(databaseError(code), 'request-1');

    expect(body).toEqual({
      status: 503,
      error: 'service_unavailable',
      message: 'The request collided with a concurrent one; retry it',
      request_id: 'request-1',
    });
  });

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['an admin shutdown', databaseError('57P01')],
    [
      'a lost connection',
      Object.assign(new Error('query failed'), {
        driverError: new Error('Connection terminated unexpectedly'),
      }),
    ],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('answers 503 for %s', (_name, error) => {
    const body = filter.toApiError(error, 'request-3');

    expect(body).toEqual({
      status: 503,
      error: 'service_unavailable',
      message: 'The database is unavailable; retry later',
      request_id: 'request-3',
    });
  });

  it('hides other database errors behind 500', () => {
    const body = filter.toApiError(databaseError('23502'), 'request-2');

    expect(body.status).toBe(500);
    expect(body.message).toBe('Internal server error');
  });

  it('answers 503 for a handler timeout', () => {
    const timeout = new HandlerTimeoutError(100, '/wallet');

    const body = filter.toApiError(timeout, 'request-3');

    expect(body).toEqual({
      status: 503,
      error: 'service_unavailable',
      message: 'The server did not finish the request in time; retry it',
      request_id: 'request-3',
    });
  });
});
