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
exports.ActivationCodeEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * A one-time code that activates a pending player. Only the SHA-256 of the code is stored. A code
 * works while `used_at` and `invalidated_at` are null and `expires_at` is in the future.
 */
let ActivationCodeEntity = class ActivationCodeEntity {
    id;
    userId;
    brandId;
    codeHash;
    expiresAt;
    usedAt;
    /** Set when a newer code replaced this one. */
    invalidatedAt;
    createdAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, userId: { required: true, type: () => String }, brandId: { required: true, type: () => String }, codeHash: { required: true }, expiresAt: { required: true, type: () => Date }, usedAt: { required: true, type: () => Date, nullable: true }, invalidatedAt: { required: true, type: () => Date, nullable: true, description: "Set when a newer code replaced this one." }, createdAt: { required: true, type: () => Date } };
    }
};
exports.ActivationCodeEntity = ActivationCodeEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], ActivationCodeEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], ActivationCodeEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], ActivationCodeEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'code_hash', type: 'bytea' }),
    __metadata("design:type", Buffer)
], ActivationCodeEntity.prototype, "codeHash", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expires_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ActivationCodeEntity.prototype, "expiresAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'used_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ActivationCodeEntity.prototype, "usedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'invalidated_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ActivationCodeEntity.prototype, "invalidatedAt", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], ActivationCodeEntity.prototype, "createdAt", void 0);
exports.ActivationCodeEntity = ActivationCodeEntity = __decorate([
    (0, typeorm_1.Entity)('activation_codes')
], ActivationCodeEntity);
//# sourceMappingURL=activation-code.entity.js.map