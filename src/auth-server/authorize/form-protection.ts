import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { AppConfig } from '../../config/app-config';

/** Cookie that carries the CSRF secret of the login and consent forms. */
export const CSRF_COOKIE = 'authorize_csrf';
const COOKIE_PATH = '/oauth/authorize';
const CSRF_SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * CSRF protection and signed state of the login and consent forms, with no session store. The
 * browser gets a random secret in an HttpOnly, SameSite=Strict cookie; each form carries an HMAC
 * of that secret, so a page on another site can neither read nor forge the form token (the
 * double-submit pattern with a signed token). The key derives from KEY_ENCRYPTION_SECRET, so
 * every instance of the server accepts the forms of every other.
 */
@Injectable()
export class FormProtection {
  private readonly key: Buffer;
  private readonly secureCookie: boolean;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.KEY_ENCRYPTION_SECRET)
      .update('authorization-form-protection')
      .digest();
    this.secureCookie = config.issuer.startsWith('https://');
  }

  /** Returns the CSRF secret of the request's cookie, or undefined when there is none. */
  cookieSecret(cookieHeader: string | undefined): string | undefined {
    const value = readCookie(cookieHeader, CSRF_COOKIE);
    return value !== undefined && CSRF_SECRET.test(value) ? value : undefined;
  }

  newSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  /** Returns the Set-Cookie header value that stores `secret`. */
  cookieHeader(secret: string): string {
    const secure = this.secureCookie ? '; Secure' : '';
    return `${CSRF_COOKIE}=${secret}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict${secure}`;
  }

  /** Returns the form token bound to the cookie secret. */
  csrfToken(secret: string): string {
    return this.sign(`csrf\n${secret}`);
  }

  /** Returns whether `token` is the form token of the cookie secret, compared in constant time. */
  isValidCsrfToken(secret: string | undefined, token: unknown): boolean {
    return (
      secret !== undefined && typeof token === 'string' && this.equal(token, this.csrfToken(secret))
    );
  }

  /**
   * Signs `payload` for the browser to carry in a hidden field, bound to the cookie secret and
   * valid until `expiresAt`. The payload is readable by the player, so it must hold no secret.
   */
  seal(payload: object, secret: string, expiresAt: Date): string {
    const body = Buffer.from(JSON.stringify({ ...payload, exp: expiresAt.getTime() })).toString(
      'base64url',
    );
    return `${body}.${this.sign(`seal\n${secret}\n${body}`)}`;
  }

  /** Returns the payload of a sealed value, or null when it is forged, expired or not bound to the cookie secret. */
  unseal<T extends object>(sealed: unknown, secret: string | undefined): T | null {
    if (typeof sealed !== 'string' || secret === undefined) {
      return null;
    }
    const [body, signature] = sealed.split('.');
    if (!body || !signature || !this.equal(signature, this.sign(`seal\n${secret}\n${body}`))) {
      return null;
    }
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T & {
      exp: number;
    };
    return payload.exp > Date.now() ? payload : null;
  }

  private sign(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('base64url');
  }

  private equal(presented: string, expected: string): boolean {
    const a = Buffer.from(presented);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/** Returns the value of one cookie from a Cookie header (RFC 6265 §4.2.1), or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) {
    return undefined;
  }
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim();
    }
  }
  return undefined;
}
