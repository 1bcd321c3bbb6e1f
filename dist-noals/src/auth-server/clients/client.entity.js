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
exports.ClientEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
const brand_entity_1 = require("../../brands/brand.entity");
/** An OAuth client registered to one brand: the brand's own app, back office or a partner. */
let ClientEntity = class ClientEntity {
    id;
    clientId;
    brandId;
    brand;
    name;
    type;
    /** SHA-256 of the secret; null for public clients. */
    secretHash;
    grantTypes;
    scopes;
    defaultScopes;
    usernameTypes;
    /** Seconds. */
    accessTokenTtl;
    /** Seconds. */
    refreshTokenTtl;
    /**
     * Seconds after a refresh token's use during which presenting it again is rejected without
     * revoking the session; 0 turns the window off.
     */
    refreshTokenReuseGrace;
    redirectUris;
    captchaRequired;
    /**
     * Whether the client is the brand's own app. Players log in to first-party clients at the
     * authorization endpoint without a consent page; other clients need the player's consent.
     */
    firstParty;
    /** Browser origins (`https://app.example.com`) that may call the OAuth endpoints by CORS. */
    allowedOrigins;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, clientId: { required: true, type: () => String }, brandId: { required: true, type: () => String }, brand: { required: true, type: () => require("../../brands/brand.entity").BrandEntity }, name: { required: true, type: () => String }, type: { required: true, enum: ["public", "confidential"] }, secretHash: { required: true, nullable: true, description: "SHA-256 of the secret; null for public clients." }, grantTypes: { required: true, type: () => [String] }, scopes: { required: true, type: () => [String] }, defaultScopes: { required: true, type: () => [String] }, usernameTypes: { required: true, type: () => [Object], enum: ["email", "nickname", "mobile_number"], isArray: true }, accessTokenTtl: { required: true, type: () => Number, description: "Seconds." }, refreshTokenTtl: { required: true, type: () => Number, description: "Seconds." }, refreshTokenReuseGrace: { required: true, type: () => Number, description: "Seconds after a refresh token's use during which presenting it again is rejected without\nrevoking the session; 0 turns the window off." }, redirectUris: { required: true, type: () => [String] }, captchaRequired: { required: true, type: () => Boolean }, firstParty: { required: true, type: () => Boolean, description: "Whether the client is the brand's own app. Players log in to first-party clients at the\nauthorization endpoint without a consent page; other clients need the player's consent." }, allowedOrigins: { required: true, type: () => [String], description: "Browser origins (`https://app.example.com`) that may call the OAuth endpoints by CORS." }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.ClientEntity = ClientEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], ClientEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'client_id', type: 'varchar', length: 64, unique: true }),
    __metadata("design:type", String)
], ClientEntity.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], ClientEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => brand_entity_1.BrandEntity, { onDelete: 'RESTRICT' }),
    (0, typeorm_1.JoinColumn)({ name: 'brand_id' }),
    __metadata("design:type", brand_entity_1.BrandEntity)
], ClientEntity.prototype, "brand", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 200 }),
    __metadata("design:type", String)
], ClientEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], ClientEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'secret_hash', type: 'bytea', nullable: true }),
    __metadata("design:type", Object)
], ClientEntity.prototype, "secretHash", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'grant_types', type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "grantTypes", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "scopes", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'default_scopes', type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "defaultScopes", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'username_types', type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "usernameTypes", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'access_token_ttl', type: 'integer' }),
    __metadata("design:type", Number)
], ClientEntity.prototype, "accessTokenTtl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'refresh_token_ttl', type: 'integer' }),
    __metadata("design:type", Number)
], ClientEntity.prototype, "refreshTokenTtl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'refresh_token_reuse_grace', type: 'integer' }),
    __metadata("design:type", Number)
], ClientEntity.prototype, "refreshTokenReuseGrace", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'redirect_uris', type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "redirectUris", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'captcha_required', type: 'boolean' }),
    __metadata("design:type", Boolean)
], ClientEntity.prototype, "captchaRequired", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'first_party', type: 'boolean' }),
    __metadata("design:type", Boolean)
], ClientEntity.prototype, "firstParty", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'allowed_origins', type: 'text', array: true }),
    __metadata("design:type", Array)
], ClientEntity.prototype, "allowedOrigins", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ClientEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ClientEntity.prototype, "updatedAt", void 0);
exports.ClientEntity = ClientEntity = __decorate([
    (0, typeorm_1.Entity)('oauth_clients')
], ClientEntity);
//# sourceMappingURL=client.entity.js.map