import { Response } from 'supertest';

/** Checks an RFC 6749 §5.2 error response, its Cache-Control header and its Basic challenge. */
export function expectOAuthError(response: Response, status: number, error: string): void {
  expect(response.status).toBe(status);
  expect(Object.keys(response.body as object).sort()).toEqual(['error', 'error_description']);
  expect(response.body.error).toBe(error);
  expect(response.body.error_description).not.toBe('');
  expect(response.headers['cache-control']).toBe('no-store');
  if (status === 401) {
    expect(response.headers['www-authenticate']).toMatch(/^Basic /);
  } else {
    expect(response.headers['www-authenticate']).toBeUndefined();
  }
}
