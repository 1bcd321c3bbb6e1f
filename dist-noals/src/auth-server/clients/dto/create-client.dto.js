"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateClientDto = exports.ClientSettingsDto = exports.USERNAME_TYPES = exports.CLIENT_ID_PATTERN = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const presence_validators_1 = require("../../../common/presence.validators");
const scopes_1 = require("../../../common/scopes");
const token_constants_1 = require("../../tokens/token.constants");
exports.CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** `scheme://host[:port]` with no path, query or trailing slash, as browsers send in `Origin`. */
const ORIGIN_PATTERN = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/;
exports.USERNAME_TYPES = ['email', 'nickname', 'mobile_number'];
/** Settings of a client that may change after it is registered. */
class ClientSettingsDto {
    /** @example "Partner back office" */
    name;
    /**
     * Grant types the client may use, such as `password`, `refresh_token`, `client_credentials`.
     * @example ["client_credentials"]
     */
    grant_types;
    /**
     * Scopes the client may be granted.
     * @example ["users:read", "wallets:read"]
     */
    scopes;
    /**
     * Scopes granted when a token request names none; a subset of `scopes`.
     * @example ["users:read"]
     */
    default_scopes;
    /**
     * Identifiers a player may use as username in the password grant.
     * @example ["email"]
     */
    username_types;
    /**
     * Access-token lifetime in seconds.
     * @example 1800
     */
    access_token_ttl;
    /**
     * Refresh-token lifetime in seconds, renewed at every rotation.
     * @example 2592000
     */
    refresh_token_ttl;
    /**
     * Seconds after a refresh token's use during which presenting it again, as parallel requests
     * from several browser tabs do, gets `invalid_grant` without revoking the session. After the
     * window, or with 0 (the default), a reused refresh token revokes its whole session.
     * @example 0
     */
    refresh_token_reuse_grace;
    /** @example ["https://partner.example.com/callback"] */
    redirect_uris;
    /**
     * Whether the password grant requires a captcha response.
     * @example false
     */
    captcha_required;
    /**
     * Whether the client is the brand's own app, which skips the consent page of the authorization
     * endpoint. Default `true`; set `false` for a partner's app.
     * @example true
     */
    first_party;
    /**
     * Browser origins allowed to call the OAuth endpoints by CORS.
     * @example ["https://app.example.com"]
     */
    allowed_origins;
    static _OPENAPI_METADATA_FACTORY() {
        return { name: { required: false, type: () => String, example: "Partner back office", minLength: 1, maxLength: 200 }, grant_types: { required: false, type: () => [String], description: "Grant types the client may use, such as `password`, `refresh_token`, `client_credentials`.", example: ["client_credentials"], maxLength: 64, uniqueItems: true, maxItems: 10 }, scopes: { required: false, type: () => [String], description: "Scopes the client may be granted.", example: ["users:read", "wallets:read"], enum: scopes_1.ALL_SCOPES, isArray: true, uniqueItems: true }, default_scopes: { required: false, type: () => [String], description: "Scopes granted when a token request names none; a subset of `scopes`.", example: ["users:read"], enum: scopes_1.ALL_SCOPES, isArray: true, uniqueItems: true }, username_types: { required: false, type: () => [Object], description: "Identifiers a player may use as username in the password grant.", example: ["email"], enum: ["email", "nickname", "mobile_number"], isArray: true, enum: exports.USERNAME_TYPES, isArray: true, uniqueItems: true }, access_token_ttl: { required: false, type: () => Number, description: "Access-token lifetime in seconds.", example: 1800, minimum: 60, maximum: token_constants_1.MAX_ACCESS_TOKEN_TTL }, refresh_token_ttl: { required: false, type: () => Number, description: "Refresh-token lifetime in seconds, renewed at every rotation.", example: 2592000, minimum: 60, maximum: token_constants_1.MAX_REFRESH_TOKEN_TTL }, refresh_token_reuse_grace: { required: false, type: () => Number, description: "Seconds after a refresh token's use during which presenting it again, as parallel requests\nfrom several browser tabs do, gets `invalid_grant` without revoking the session. After the\nwindow, or with 0 (the default), a reused refresh token revokes its whole session.", example: 0, minimum: 0, maximum: token_constants_1.MAX_REFRESH_TOKEN_REUSE_GRACE }, redirect_uris: { required: false, type: () => [String], example: ["https://partner.example.com/callback"], format: "uri", maxItems: 20, pattern: "^[^#]*$" }, captcha_required: { required: false, type: () => Boolean, description: "Whether the password grant requires a captcha response.", example: false }, first_party: { required: false, type: () => Boolean, description: "Whether the client is the brand's own app, which skips the consent page of the authorization\nendpoint. Default `true`; set `false` for a partner's app.", example: true }, allowed_origins: { required: false, type: () => [String], description: "Browser origins allowed to call the OAuth endpoints by CORS.", example: ["https://app.example.com"], uniqueItems: true, maxItems: 20 } };
    }
}
exports.ClientSettingsDto = ClientSettingsDto;
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], ClientSettingsDto.prototype, "name", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.ArrayMaxSize)(10),
    (0, class_validator_1.IsString)({ each: true }),
    (0, class_validator_1.MaxLength)(64, { each: true }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "grant_types", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.IsIn)(scopes_1.ALL_SCOPES, { each: true }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "scopes", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.IsIn)(scopes_1.ALL_SCOPES, { each: true }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "default_scopes", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.IsIn)(exports.USERNAME_TYPES, { each: true }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "username_types", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(60),
    (0, class_validator_1.Max)(token_constants_1.MAX_ACCESS_TOKEN_TTL),
    __metadata("design:type", Number)
], ClientSettingsDto.prototype, "access_token_ttl", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(60),
    (0, class_validator_1.Max)(token_constants_1.MAX_REFRESH_TOKEN_TTL),
    __metadata("design:type", Number)
], ClientSettingsDto.prototype, "refresh_token_ttl", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(token_constants_1.MAX_REFRESH_TOKEN_REUSE_GRACE),
    __metadata("design:type", Number)
], ClientSettingsDto.prototype, "refresh_token_reuse_grace", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(20),
    (0, class_validator_1.IsUrl)({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { each: true })
    // RFC 6749 §3.1.2: a redirection endpoint URI must not include a fragment.
    ,
    (0, class_validator_1.Matches)(/^[^#]*$/, {
        each: true,
        message: 'redirect_uris must not contain a fragment (#)',
    }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "redirect_uris", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ClientSettingsDto.prototype, "captcha_required", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ClientSettingsDto.prototype, "first_party", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.ArrayMaxSize)(20),
    (0, class_validator_1.Matches)(ORIGIN_PATTERN, {
        each: true,
        message: 'each allowed_origins entry must be an origin: http or https, a host and an optional port, with no path',
    }),
    __metadata("design:type", Array)
], ClientSettingsDto.prototype, "allowed_origins", void 0);
class CreateClientDto extends ClientSettingsDto {
    /**
     * Public identifier; the brand code for the brand's own app.
     * @example "xcasino-partner"
     */
    client_id;
    /**
     * `confidential` clients get a secret; `public` clients (apps in a browser or phone) do not.
     * @example "confidential"
     */
    type;
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, description: "Public identifier; the brand code for the brand's own app.", example: "xcasino-partner" }, name: { required: true, type: () => String, example: "Partner back office", minLength: 1, maxLength: 200 }, type: { required: true, description: "`confidential` clients get a secret; `public` clients (apps in a browser or phone) do not.", example: "confidential", enum: ["public", "confidential"], enum: ['public', 'confidential'] }, grant_types: { required: true, type: () => [String], example: ["client_credentials"], uniqueItems: true, maxItems: 10 }, scopes: { required: true, type: () => [String], example: ["users:read", "wallets:read"], enum: scopes_1.ALL_SCOPES, isArray: true, uniqueItems: true } };
    }
}
exports.CreateClientDto = CreateClientDto;
__decorate([
    (0, class_validator_1.Matches)(exports.CLIENT_ID_PATTERN, {
        message: 'client_id must be 2-64 characters of lower-case letters, digits, dot, dash or underscore',
    }),
    __metadata("design:type", String)
], CreateClientDto.prototype, "client_id", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], CreateClientDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['public', 'confidential']),
    __metadata("design:type", String)
], CreateClientDto.prototype, "type", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.ArrayMaxSize)(10),
    (0, class_validator_1.IsString)({ each: true }),
    __metadata("design:type", Array)
], CreateClientDto.prototype, "grant_types", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayUnique)(),
    (0, class_validator_1.IsIn)(scopes_1.ALL_SCOPES, { each: true }),
    __metadata("design:type", Array)
], CreateClientDto.prototype, "scopes", void 0);
//# sourceMappingURL=create-client.dto.js.map