/** The error body of every route outside the OAuth endpoints. */
export class ApiErrorDto {
  /** HTTP status code. */
  status: number;

  /** Machine-readable code, such as `validation_failed`, `not_found` or `invalid_token`. */
  error: string;

  /** What went wrong, in words. */
  message: string;

  /** Id of the request, also sent in the `X-Request-Id` header; quote it when reporting a fault. */
  request_id: string;

  /** Messages per invalid field, present on `validation_failed`. */
  fields?: Record<string, string[]>;
}

/** The error body of the OAuth endpoints (RFC 6749 §5.2). */
export class OAuthErrorDto {
  /** RFC error code, such as `invalid_request`, `invalid_client` or `invalid_grant`. */
  error: string;

  error_description: string;
}
