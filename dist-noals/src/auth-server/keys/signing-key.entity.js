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
exports.SigningKeyEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/** An ES256 key pair that signs access tokens; the private half is encrypted at rest. */
let SigningKeyEntity = class SigningKeyEntity {
    /** The JWS `kid`. */
    kid;
    algorithm;
    publicJwk;
    /** AES-256-GCM ciphertext of the PKCS#8 PEM, as `salt.iv.tag.ciphertext` in base64url. */
    privateKeyEncrypted;
    active;
    createdAt;
    /** When a newer key took over signing; null while this key signs. */
    rotatedAt;
    /** When the key left the JWK Set, after every token it signed expired. */
    retiredAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { kid: { required: true, type: () => String, description: "The JWS `kid`." }, algorithm: { required: true, type: () => String }, publicJwk: { required: true, type: "object", additionalProperties: { type: "string" } }, privateKeyEncrypted: { required: true, type: () => String, description: "AES-256-GCM ciphertext of the PKCS#8 PEM, as `salt.iv.tag.ciphertext` in base64url." }, active: { required: true, type: () => Boolean }, createdAt: { required: true, type: () => Date }, rotatedAt: { required: true, type: () => Date, nullable: true, description: "When a newer key took over signing; null while this key signs." }, retiredAt: { required: true, type: () => Date, nullable: true, description: "When the key left the JWK Set, after every token it signed expired." } };
    }
};
exports.SigningKeyEntity = SigningKeyEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], SigningKeyEntity.prototype, "kid", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], SigningKeyEntity.prototype, "algorithm", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'public_jwk', type: 'jsonb' }),
    __metadata("design:type", Object)
], SigningKeyEntity.prototype, "publicJwk", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'private_key_encrypted', type: 'text' }),
    __metadata("design:type", String)
], SigningKeyEntity.prototype, "privateKeyEncrypted", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], SigningKeyEntity.prototype, "active", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], SigningKeyEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'rotated_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], SigningKeyEntity.prototype, "rotatedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'retired_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], SigningKeyEntity.prototype, "retiredAt", void 0);
exports.SigningKeyEntity = SigningKeyEntity = __decorate([
    (0, typeorm_1.Entity)('signing_keys')
], SigningKeyEntity);
//# sourceMappingURL=signing-key.entity.js.map