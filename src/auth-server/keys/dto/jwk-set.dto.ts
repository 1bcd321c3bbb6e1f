/** One public ES256 signing key (RFC 7517, RFC 7518 §6.2). */
export class PublicJwkDto {
  /** @example "EC" */
  kty: string;

  /** @example "P-256" */
  crv: string;

  /**
   * Base64url x coordinate of the public point.
   * @example "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"
   */
  x: string;

  /**
   * Base64url y coordinate of the public point.
   * @example "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
   */
  y: string;

  /**
   * Key id; access tokens name it in their `kid` header.
   * @example "3f1c2a9e-7a4b-4a8e-9d57-5b1e0c6f2a10"
   */
  kid: string;

  /** @example "ES256" */
  alg: string;

  /** @example "sig" */
  use: string;
}

/** The JWK Set that verifies access tokens (RFC 7517 §5). */
export class JwkSetDto {
  keys: PublicJwkDto[];
}
