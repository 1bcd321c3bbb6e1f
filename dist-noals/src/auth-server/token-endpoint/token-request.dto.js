"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenRequestDto = void 0;
const openapi = require("@nestjs/swagger");
/**
 * The parameters of a token request, for the OpenAPI document only: the endpoint reads them
 * itself so that it can return RFC 6749 errors.
 */
class TokenRequestDto {
    /**
     * `password`, `refresh_token`, `client_credentials`, `activation_code` or `authorization_code`.
     * @example "password"
     */
    grant_type;
    /**
     * Required unless the client authenticates with HTTP Basic.
     * @example "xcasino"
     */
    client_id;
    /**
     * For confidential clients that do not use HTTP Basic.
     * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
     */
    client_secret;
    /**
     * Password grant: email, nickname or mobile number, as the brand allows.
     * @example "demo@xcasino.test"
     */
    username;
    /**
     * Password grant.
     * @example "demo-player-pass"
     */
    password;
    /**
     * Refresh token grant.
     * @example "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA"
     */
    refresh_token;
    /**
     * Activation code grant: the code sent to the player at registration. Authorization code
     * grant: the code sent to the redirect URI.
     * @example "Fh2kL9pQ0wXz4cVb7nMa1sDe8rTy3uIo6gJk5lZxCvB"
     */
    code;
    /**
     * Authorization code grant: the redirect_uri of the authorization request.
     * @example "http://127.0.0.1:3000/docs/oauth2-redirect.html"
     */
    redirect_uri;
    /**
     * Authorization code grant: the PKCE code verifier (RFC 7636).
     * @example "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
     */
    code_verifier;
    /**
     * Space-separated scopes; the client's default scopes when absent.
     * @example "profile:read wallet:read"
     */
    scope;
    /**
     * Password grant, when the client requires a captcha.
     * @example "03AGdBq24PBCbwiDRaS_MJ7Z"
     */
    captcha;
    static _OPENAPI_METADATA_FACTORY() {
        return { grant_type: { required: true, type: () => String, description: "`password`, `refresh_token`, `client_credentials`, `activation_code` or `authorization_code`.", example: "password" }, client_id: { required: false, type: () => String, description: "Required unless the client authenticates with HTTP Basic.", example: "xcasino" }, client_secret: { required: false, type: () => String, description: "For confidential clients that do not use HTTP Basic.", example: "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU" }, username: { required: false, type: () => String, description: "Password grant: email, nickname or mobile number, as the brand allows.", example: "demo@xcasino.test" }, password: { required: false, type: () => String, description: "Password grant.", example: "demo-player-pass" }, refresh_token: { required: false, type: () => String, description: "Refresh token grant.", example: "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA" }, code: { required: false, type: () => String, description: "Activation code grant: the code sent to the player at registration. Authorization code\ngrant: the code sent to the redirect URI.", example: "Fh2kL9pQ0wXz4cVb7nMa1sDe8rTy3uIo6gJk5lZxCvB" }, redirect_uri: { required: false, type: () => String, description: "Authorization code grant: the redirect_uri of the authorization request.", example: "http://127.0.0.1:3000/docs/oauth2-redirect.html" }, code_verifier: { required: false, type: () => String, description: "Authorization code grant: the PKCE code verifier (RFC 7636).", example: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" }, scope: { required: false, type: () => String, description: "Space-separated scopes; the client's default scopes when absent.", example: "profile:read wallet:read" }, captcha: { required: false, type: () => String, description: "Password grant, when the client requires a captcha.", example: "03AGdBq24PBCbwiDRaS_MJ7Z" } };
    }
}
exports.TokenRequestDto = TokenRequestDto;
//# sourceMappingURL=token-request.dto.js.map