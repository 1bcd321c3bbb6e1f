import { createHmac, timingSafeEqual } from 'node:crypto';

import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { AuditService } from '../../../audit/audit.service';
import { ApiException } from '../../../common/errors/api.exception';
import { RequestContext, requestContextOf } from '../../../common/request-context';
import { AppConfig } from '../../../config/app-config';

export const SIGNATURE_HEADER = 'x-signature';
export const TIMESTAMP_HEADER = 'x-timestamp';

type RejectionReason = 'missing_signature' | 'invalid_signature' | 'stale_timestamp';

/** Returns the callback secret of each provider that accepts callbacks. */
function callbackSecrets(config: AppConfig): Record<string, string | undefined> {
  return { sandbox: config.SANDBOX_CALLBACK_SECRET };
}

/**
 * Computes the hex HMAC-SHA256 a provider sends in `X-Signature: sha256=<hex>`. It covers the
 * `X-Timestamp` value, a dot and the raw body, so a captured request cannot be replayed later
 * under a fresh timestamp.
 */
export function callbackSignature(secret: string, timestamp: string, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(rawBody).digest('hex');
}

/**
 * Authenticates a payment provider callback by its signature instead of a bearer token. A provider
 * without a configured secret gets 404, as an unknown one does. A missing, forged or stale
 * signature gets 401 and a `payment_callback_rejected` audit event without the body or signature.
 */
@Injectable()
export class CallbackSignatureGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest<{ Params: { provider: string } }> & { rawBody?: Buffer }>();
    const provider = request.params.provider;
    const origin = requestContextOf(request);
    const secrets = callbackSecrets(this.config);
    const secret = Object.hasOwn(secrets, provider) ? secrets[provider] : undefined;
    if (!secret) {
      throw new NotFoundException('This payment provider does not accept callbacks');
    }

    const signature = singleHeader(request, SIGNATURE_HEADER);
    const timestamp = singleHeader(request, TIMESTAMP_HEADER);
    if (signature === undefined || timestamp === undefined) {
      this.reject(
        provider,
        origin,
        'missing_signature',
        'X-Signature and X-Timestamp headers are required',
      );
    }
    if (!this.isFresh(timestamp)) {
      this.reject(
        provider,
        origin,
        'stale_timestamp',
        `X-Timestamp must be Unix time in seconds within ${this.config.PAYMENT_CALLBACK_TOLERANCE_SECONDS} seconds of the server time`,
      );
    }
    const expected = callbackSignature(secret, timestamp, request.rawBody ?? Buffer.alloc(0));
    if (!matchesSignature(signature, expected)) {
      this.reject(
        provider,
        origin,
        'invalid_signature',
        'X-Signature does not match the request body',
      );
    }
    return true;
  }

  private isFresh(timestamp: string): boolean {
    if (!/^\d{1,12}$/.test(timestamp)) {
      return false;
    }
    const skewSeconds = Math.abs(Date.now() / 1000 - Number(timestamp));
    return skewSeconds <= this.config.PAYMENT_CALLBACK_TOLERANCE_SECONDS;
  }

  private reject(
    provider: string,
    origin: RequestContext,
    reason: RejectionReason,
    message: string,
  ): never {
    this.audit.record('payment_callback_rejected', {
      request: origin,
      details: { provider_id: provider, reason },
    });
    throw new ApiException(401, 'invalid_signature', message);
  }
}

function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Compares `sha256=<hex>` with the expected hex digest in constant time. */
function matchesSignature(presented: string, expectedHex: string): boolean {
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(presented);
  if (!match) {
    return false;
  }
  const presentedBytes = Buffer.from(match[1], 'hex');
  const expectedBytes = Buffer.from(expectedHex, 'hex');
  return timingSafeEqual(presentedBytes, expectedBytes);
}
