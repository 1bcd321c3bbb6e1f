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
exports.RevokedAccessTokenEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * An access token revoked before its expiry, by its `jti`. The row is useless once the token
 * has expired, so rows past `expires_at` are deleted.
 */
let RevokedAccessTokenEntity = class RevokedAccessTokenEntity {
    jti;
    /** The `exp` of the revoked token. */
    expiresAt;
    revokedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { jti: { required: true, type: () => String }, expiresAt: { required: true, type: () => Date, description: "The `exp` of the revoked token." }, revokedAt: { required: true, type: () => Date } };
    }
};
exports.RevokedAccessTokenEntity = RevokedAccessTokenEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'uuid' }),
    __metadata("design:type", String)
], RevokedAccessTokenEntity.prototype, "jti", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expires_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], RevokedAccessTokenEntity.prototype, "expiresAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'revoked_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], RevokedAccessTokenEntity.prototype, "revokedAt", void 0);
exports.RevokedAccessTokenEntity = RevokedAccessTokenEntity = __decorate([
    (0, typeorm_1.Entity)('revoked_access_tokens')
], RevokedAccessTokenEntity);
//# sourceMappingURL=revoked-access-token.entity.js.map