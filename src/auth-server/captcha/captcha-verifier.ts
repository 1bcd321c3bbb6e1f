import { Injectable } from '@nestjs/common';

export const CAPTCHA_VERIFIER = Symbol('CAPTCHA_VERIFIER');

/**
 * Outcome of a captcha check: `unavailable` when the verification service could not be reached
 * or returned an unreadable response, `unconfigured` when the server has no verification service.
 */
export type CaptchaResult = 'valid' | 'invalid' | 'unavailable' | 'unconfigured';

/** Checks the captcha response a player solved before a password login. */
export interface CaptchaVerifier {
  verify(response: string, clientId: string): Promise<CaptchaResult>;
}

/**
 * The verifier used while CAPTCHA_VERIFY_URL is unset: a client with `captcha_required` cannot
 * log players in by password.
 */
@Injectable()
export class UnconfiguredCaptchaVerifier implements CaptchaVerifier {
  verify(): Promise<CaptchaResult> {
    return Promise.resolve('unconfigured');
  }
}
