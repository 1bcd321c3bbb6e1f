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
exports.GameEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/** A game of a brand's catalogue. */
let GameEntity = class GameEntity {
    id;
    brandId;
    name;
    /** The game provider; round ids are unique per provider. */
    provider;
    category;
    countsForWagering;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, name: { required: true, type: () => String }, provider: { required: true, type: () => String, description: "The game provider; round ids are unique per provider." }, category: { required: true, type: () => String }, countsForWagering: { required: true, type: () => Boolean }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.GameEntity = GameEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], GameEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], GameEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], GameEntity.prototype, "provider", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], GameEntity.prototype, "category", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'counts_for_wagering', type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], GameEntity.prototype, "countsForWagering", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], GameEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], GameEntity.prototype, "updatedAt", void 0);
exports.GameEntity = GameEntity = __decorate([
    (0, typeorm_1.Entity)('games')
], GameEntity);
//# sourceMappingURL=game.entity.js.map