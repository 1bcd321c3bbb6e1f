import { FastifyRequest } from 'fastify';

import { InvalidClientError, InvalidRequestError } from '../../common/errors/oauth.errors';
import { readClientCredentials } from './client-credentials';

function requestWith(authorization?: string): FastifyRequest {
  return { headers: authorization === undefined ? {} : { authorization } } as FastifyRequest;
}

function basic(raw: string): string {
  return `Basic ${Buffer.from(raw).toString('base64')}`;
}

describe('readClientCredentials', () => {
  it('reads client_id alone for public clients', () => {
    expect(readClientCredentials(requestWith(), { client_id: 'xcasino' })).toEqual({
      clientId: 'xcasino',
      secret: undefined,
      viaHeader: false,
    });
  });

  it('reads client_secret from the body', () => {
    const presented = readClientCredentials(requestWith(), { client_id: 'bo', client_secret: 's' });

    expect(presented.secret).toBe('s');
  });

  it('form-decodes HTTP Basic parts', () => {
    const presented = readClientCredentials(requestWith(basic('my+client:p%3Aw+d%25')), {});

    expect(presented).toEqual({ clientId: 'my client', secret: 'p:w d%', viaHeader: true });
  });

  it('splits Basic at the first colon', () => {
    const presented = readClientCredentials(requestWith(basic('bo:a:b')), {});

    expect(presented.secret).toBe('a:b');
  });

  it('accepts any case of the Basic scheme', () => {
    const header = basic('bo:secret').replace('Basic', 'bAsIc');

    expect(readClientCredentials(requestWith(header), {}).clientId).toBe('bo');
  });

  it('rejects two authentication methods', () => {
    expect(() =>
      readClientCredentials(requestWith(basic('bo:secret')), { client_secret: 'secret' }),
    ).toThrow(InvalidRequestError);
  });

  it('rejects a differing body client_id', () => {
    expect(() =>
      readClientCredentials(requestWith(basic('bo:secret')), { client_id: 'x' }),
    ).toThrow(InvalidRequestError);
  });

  it('rejects Basic without a colon', () => {
    expect(() => readClientCredentials(requestWith(basic('bo')), {})).toThrow(InvalidClientError);
  });

  it('rejects a bad percent escape', () => {
    expect(() => readClientCredentials(requestWith(basic('bo:%zz')), {})).toThrow(
      InvalidClientError,
    );
  });

  it('rejects another scheme', () => {
    expect(() => readClientCredentials(requestWith('Bearer abc'), {})).toThrow(InvalidClientError);
  });

  it('asks for client_id when none was sent', () => {
    expect(() => readClientCredentials(requestWith(), {})).toThrow(InvalidClientError);
  });
});
