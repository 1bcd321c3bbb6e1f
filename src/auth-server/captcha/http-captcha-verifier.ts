import { Logger } from '@nestjs/common';

import { RequestContext } from '../../common/request-context';
import { CaptchaResult, CaptchaVerifier } from './captcha-verifier';

/**
 * Verifies captcha responses with a reCAPTCHA-compatible service: a form POST of `secret`,
 * `response` and `remoteip`, whose JSON response carries the verdict in the boolean `success`.
 */
export class HttpCaptchaVerifier implements CaptchaVerifier {
  private readonly logger = new Logger('CaptchaVerifier');

  constructor(
    private readonly verifyUrl: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
  ) {}

  async verify(
    response: string,
    clientId: string,
    context: RequestContext,
  ): Promise<CaptchaResult> {
    const form = new URLSearchParams({ secret: this.secret, response });
    if (context.ip) {
      form.set('remoteip', context.ip);
    }
    try {
      const httpResponse = await fetch(this.verifyUrl, {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!httpResponse.ok) {
        return this.unavailable(clientId, context, `HTTP status ${httpResponse.status}`);
      }
      const verdict = (await httpResponse.json()) as { success?: unknown } | null;
      if (typeof verdict?.success !== 'boolean') {
        return this.unavailable(clientId, context, 'the response has no boolean success field');
      }
      return verdict.success ? 'valid' : 'invalid';
    } catch (error) {
      return this.unavailable(clientId, context, (error as Error).message);
    }
  }

  private unavailable(clientId: string, context: RequestContext, reason: string): CaptchaResult {
    this.logger.warn(
      { req: { id: context.requestId }, clientId, reason },
      'Captcha verification failed',
    );
    return 'unavailable';
  }
}
