import { SigningKeyEntity } from '../signing-key.entity';

export class RotatedSigningKeyResponseDto {
  /** The `kid` of the key that signs from now on. */
  kid: string;
  alg: string;
  created_at: Date;
  /** The `kid` of the key it replaced, which keeps verifying until its tokens expired. */
  previous_kid: string | null;
  /** When the previous key leaves the JWK Set at the earliest. */
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
