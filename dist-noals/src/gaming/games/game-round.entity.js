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
exports.GameRoundEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/** One round reported by a game provider, with the response body that a repeat returns again. */
let GameRoundEntity = class GameRoundEntity {
    id;
    brandId;
    provider;
    /** The provider's round id, unique per brand and provider. */
    roundId;
    sessionId;
    bet;
    win;
    response;
    createdAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, provider: { required: true, type: () => String }, roundId: { required: true, type: () => String, description: "The provider's round id, unique per brand and provider." }, sessionId: { required: true, type: () => String }, bet: { required: true, type: () => String }, win: { required: true, type: () => String }, response: { required: true, type: () => Object, nullable: true }, createdAt: { required: true, type: () => Date } };
    }
};
exports.GameRoundEntity = GameRoundEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "provider", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'round_id', type: 'varchar', length: 128 }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "roundId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'session_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "sessionId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "bet", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], GameRoundEntity.prototype, "win", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], GameRoundEntity.prototype, "response", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], GameRoundEntity.prototype, "createdAt", void 0);
exports.GameRoundEntity = GameRoundEntity = __decorate([
    (0, typeorm_1.Entity)('game_rounds')
], GameRoundEntity);
//# sourceMappingURL=game-round.entity.js.map