/** The error body of every route outside the OAuth endpoints. */
export class ApiErrorDto {
  /**
   * HTTP status code.
   * @example 400
   */
  status: number;

  /**
   * Machine-readable code, such as `validation_failed`, `not_found` or `invalid_token`.
   * @example "validation_failed"
   */
  error: string;

  /**
   * Description of the error, in words.
   * @example "Invalid fields: email"
   */
  message: string;

  /**
   * Id of the request, also sent in the `X-Request-Id` header; quote it when reporting a fault.
   * @example "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11"
   */
  request_id: string;

  /**
   * Messages per invalid field, present on `validation_failed` and on some `conflict` errors.
   * @example {"email": ["email must be a valid email address"]}
   */
  fields?: Record<string, string[]>;
}

/** The error body of the OAuth endpoints (RFC 6749 §5.2). */
export class OAuthErrorDto {
  /**
   * RFC error code, such as `invalid_request`, `invalid_client` or `invalid_grant`.
   * @example "invalid_grant"
   */
  error: string;

  /** @example "The username or password is wrong" */
  error_description: string;
}
