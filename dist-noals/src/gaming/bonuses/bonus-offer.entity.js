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
exports.BonusOfferEntity = exports.ACTIVATION_TYPES = exports.AMOUNT_TYPES = exports.REWARD_TYPES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
exports.REWARD_TYPES = ['bonus_money', 'free_spins'];
exports.AMOUNT_TYPES = ['fixed', 'percentage'];
exports.ACTIVATION_TYPES = ['manual', 'deposit'];
/**
 * A bonus a brand offers its players. Money columns are minor units in `bigint` columns, read as
 * strings. A `fixed` offer gives `amount`; a `percentage` offer gives `percentage` % of the
 * deposit that triggers it, at most `max_amount`.
 */
let BonusOfferEntity = class BonusOfferEntity {
    id;
    brandId;
    name;
    description;
    imageUrl;
    /** HTML exactly as the back office sent it. */
    termsHtml;
    rewardType;
    amountType;
    amount;
    percentage;
    maxAmount;
    /** The wager goal as a multiple of the bonus amount. */
    wagerMultiplier;
    activationType;
    minDeposit;
    /** Games whose bets count towards the wager goal; empty means every game that counts. */
    gameIds;
    validFrom;
    validTo;
    /** Time a player has, from activation, to reach the wager goal. */
    wageringSeconds;
    active;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, name: { required: true, type: () => String }, description: { required: true, type: () => String }, imageUrl: { required: true, type: () => String, nullable: true }, termsHtml: { required: true, type: () => String, description: "HTML exactly as the back office sent it." }, rewardType: { required: true, enum: ["bonus_money", "free_spins"] }, amountType: { required: true, enum: ["fixed", "percentage"] }, amount: { required: true, type: () => String, nullable: true }, percentage: { required: true, type: () => Number, nullable: true }, maxAmount: { required: true, type: () => String, nullable: true }, wagerMultiplier: { required: true, type: () => Number, description: "The wager goal as a multiple of the bonus amount." }, activationType: { required: true, enum: ["deposit", "manual"] }, minDeposit: { required: true, type: () => String, nullable: true }, gameIds: { required: true, type: () => [String], description: "Games whose bets count towards the wager goal; empty means every game that counts." }, validFrom: { required: true, type: () => Date }, validTo: { required: true, type: () => Date }, wageringSeconds: { required: true, type: () => Number, description: "Time a player has, from activation, to reach the wager goal." }, active: { required: true, type: () => Boolean }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.BonusOfferEntity = BonusOfferEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 2000 }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "description", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'image_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], BonusOfferEntity.prototype, "imageUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'terms_html', type: 'text' }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "termsHtml", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reward_type', type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "rewardType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'amount_type', type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "amountType", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], BonusOfferEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], BonusOfferEntity.prototype, "percentage", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'max_amount', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], BonusOfferEntity.prototype, "maxAmount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wager_multiplier', type: 'integer' }),
    __metadata("design:type", Number)
], BonusOfferEntity.prototype, "wagerMultiplier", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'activation_type', type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], BonusOfferEntity.prototype, "activationType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'min_deposit', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], BonusOfferEntity.prototype, "minDeposit", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'game_ids', type: 'uuid', array: true }),
    __metadata("design:type", Array)
], BonusOfferEntity.prototype, "gameIds", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'valid_from', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BonusOfferEntity.prototype, "validFrom", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'valid_to', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BonusOfferEntity.prototype, "validTo", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wagering_seconds', type: 'integer' }),
    __metadata("design:type", Number)
], BonusOfferEntity.prototype, "wageringSeconds", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean' }),
    __metadata("design:type", Boolean)
], BonusOfferEntity.prototype, "active", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BonusOfferEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BonusOfferEntity.prototype, "updatedAt", void 0);
exports.BonusOfferEntity = BonusOfferEntity = __decorate([
    (0, typeorm_1.Entity)('bonus_offers')
], BonusOfferEntity);
//# sourceMappingURL=bonus-offer.entity.js.map