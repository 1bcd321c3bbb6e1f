import { Injectable } from '@nestjs/common';

export const CAPTCHA_VERIFIER = Symbol('CAPTCHA_VERIFIER');

/** Checks the captcha response a player solved before a password login. */
export interface CaptchaVerifier {
  verify(response: string, clientId: string): Promise<boolean>;
}

/**
 * The verifier used until a captcha provider is configured: it accepts no response, so a client
 * with `captcha_required` cannot log players in by password until one is bound to
 * CAPTCHA_VERIFIER.
 */
@Injectable()
export class UnconfiguredCaptchaVerifier implements CaptchaVerifier {
  verify(): Promise<boolean> {
    return Promise.resolve(false);
  }
}
