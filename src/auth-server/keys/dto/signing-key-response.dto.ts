import { SigningKeyEntity } from '../signing-key.entity';

export class RotatedSigningKeyResponseDto {
  /**
   * The `kid` of the key that signs from now on.
   * @example "3b1f0c52-6f0e-4d0a-9d3b-2f4a1e9c7b10"
   */
  kid: string;
  /** @example "ES256" */
  alg: string;
  /** @example "2026-12-04T20:00:00.000Z" */
  created_at: Date;
  /**
   * The `kid` of the key it replaced, which keeps verifying until its tokens expired.
   * @example "8a6d2e41-0b7c-4f39-a1e5-5c3d9f2b6a84"
   */
  previous_kid: string | null;
  /**
   * When the previous key leaves the JWK Set at the earliest.
   * @example "2026-12-05T20:00:30.000Z"
   */
  previous_key_retires_after: Date | null;

  static from(
    key: SigningKeyEntity,
    previousKid: string | null,
    retentionSeconds: number,
  ): RotatedSigningKeyResponseDto {
    return {
      kid: key.kid,
      alg: key.algorithm,
      created_at: key.createdAt,
      previous_kid: previousKid,
      previous_key_retires_after: previousKid
        ? new Date(key.createdAt.getTime() + retentionSeconds * 1000)
        : null,
    };
  }
}
