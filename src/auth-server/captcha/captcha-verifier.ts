import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/request-context';

export const CAPTCHA_VERIFIER = Symbol('CAPTCHA_VERIFIER');

/**
 * Outcome of a captcha check: `unavailable` when the verification service could not be reached
 * or returned an unreadable response, `unconfigured` when the server has no verification service.
 */
export type CaptchaResult = 'valid' | 'invalid' | 'unavailable' | 'unconfigured';

/** Checks the captcha response a player solved before a password login. */
export interface CaptchaVerifier {
  /** `context` is the login request, whose IP goes to the verification service. */
  verify(response: string, clientId: string, context: RequestContext): Promise<CaptchaResult>;
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
