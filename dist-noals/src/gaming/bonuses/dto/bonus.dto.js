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
exports.BonusPageDto = exports.BonusDto = exports.BonusQueryDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
const bonus_offer_dto_1 = require("./bonus-offer.dto");
const LIST_TYPES = ['available', 'active', 'claimed', 'deposit'];
class BonusQueryDto extends pagination_dto_1.PaginationQueryDto {
    /**
     * `available`: open offers not yet taken; `deposit`: those of them a deposit activates;
     * `active` and `claimed` by status. Absent: every bonus of the player.
     */
    type;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: false, description: "`available`: open offers not yet taken; `deposit`: those of them a deposit activates;\n`active` and `claimed` by status. Absent: every bonus of the player.", enum: ["active", "deposit", "claimed", "available"], enum: LIST_TYPES } };
    }
}
exports.BonusQueryDto = BonusQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(LIST_TYPES, { message: `type must be one of: ${LIST_TYPES.join(', ')}` }),
    __metadata("design:type", String)
], BonusQueryDto.prototype, "type", void 0);
/** A player's bonus in the XCaliber Bonus shape; money in minor units. */
class BonusDto {
    /**
     * The id to claim, forfeit, or pass as a deposit's bonus_id.
     * @example "9d2e4f60-3b1a-4c8d-8e7f-0a1b2c3d4e5f"
     */
    id;
    /** @example "Welcome bonus" */
    name;
    /** @example "100% of your first deposit, up to 200.00" */
    description;
    /**
     * Image URL.
     * @example "https://cdn.example.com/bonuses/welcome.png"
     */
    image;
    reward;
    status;
    /**
     * Bonus money given; before activation, the fixed amount, or null for a percentage bonus.
     * @example 5000
     */
    amount;
    /**
     * Bonus money not yet spent on bets.
     * @example 4200
     */
    balance;
    /**
     * Sum of bets to place before the bonus converts to real money; null until it is known.
     * @example 150000
     */
    wager_goal;
    /**
     * Sum of the bets counted towards the wager goal so far.
     * @example 12000
     */
    wagered;
    /**
     * Whether the player can take this bonus now.
     * @example false
     */
    can_award;
    /** @example "2026-01-15T09:30:00.000Z" */
    activated_date;
    /**
     * End of the wagering time once active; before that, the end of the offer.
     * @example "2026-01-22T09:30:00.000Z"
     */
    expiry_date;
    activation_type;
    /**
     * Smallest deposit that activates a deposit bonus, in minor units.
     * @example 1000
     */
    min_deposit;
    /**
     * Ids of the games whose bets count; empty means every game that counts for wagering.
     * @example []
     */
    game;
    /**
     * HTML, as the brand wrote it.
     * @example "<p>Wager 30 times in 7 days.</p>"
     */
    terms_and_conditions;
    static from(bonus, offer, canAward) {
        const fixed = offer.amountType === 'fixed' ? offer.amount : null;
        const amount = bonus.amount ?? fixed;
        const wagerGoal = bonus.wagerGoal ??
            (fixed === null ? null : (BigInt(fixed) * BigInt(offer.wagerMultiplier)).toString());
        return {
            id: bonus.id,
            name: offer.name,
            description: offer.description,
            image: offer.imageUrl,
            reward: offer.rewardType,
            status: bonus.status,
            amount: (0, bonus_offer_dto_1.nullableAmount)(amount),
            balance: Number(bonus.balance),
            wager_goal: (0, bonus_offer_dto_1.nullableAmount)(wagerGoal),
            wagered: Number(bonus.wagered),
            can_award: canAward,
            activated_date: bonus.activatedAt?.toISOString() ?? null,
            expiry_date: (bonus.expiresAt ?? offer.validTo).toISOString(),
            activation_type: offer.activationType,
            min_deposit: (0, bonus_offer_dto_1.nullableAmount)(offer.minDeposit),
            game: offer.gameIds,
            terms_and_conditions: offer.termsHtml,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, description: "The id to claim, forfeit, or pass as a deposit's bonus_id.", example: "9d2e4f60-3b1a-4c8d-8e7f-0a1b2c3d4e5f" }, name: { required: true, type: () => String, example: "Welcome bonus" }, description: { required: true, type: () => String, example: "100% of your first deposit, up to 200.00" }, image: { required: true, type: () => String, nullable: true, description: "Image URL.", example: "https://cdn.example.com/bonuses/welcome.png" }, reward: { required: true, enum: ["bonus_money", "free_spins"] }, status: { required: true, enum: ["active", "claimed", "available", "forfeited", "expired"] }, amount: { required: true, type: () => Number, nullable: true, description: "Bonus money given; before activation, the fixed amount, or null for a percentage bonus.", example: 5000 }, balance: { required: true, type: () => Number, description: "Bonus money not yet spent on bets.", example: 4200 }, wager_goal: { required: true, type: () => Number, nullable: true, description: "Sum of bets to place before the bonus converts to real money; null until it is known.", example: 150000 }, wagered: { required: true, type: () => Number, description: "Sum of the bets counted towards the wager goal so far.", example: 12000 }, can_award: { required: true, type: () => Boolean, description: "Whether the player can take this bonus now.", example: false }, activated_date: { required: true, type: () => String, nullable: true, example: "2026-01-15T09:30:00.000Z" }, expiry_date: { required: true, type: () => String, nullable: true, description: "End of the wagering time once active; before that, the end of the offer.", example: "2026-01-22T09:30:00.000Z" }, activation_type: { required: true, enum: ["deposit", "manual"] }, min_deposit: { required: true, type: () => Number, nullable: true, description: "Smallest deposit that activates a deposit bonus, in minor units.", example: 1000 }, game: { required: true, type: () => [String], description: "Ids of the games whose bets count; empty means every game that counts for wagering.", example: [] }, terms_and_conditions: { required: true, type: () => String, description: "HTML, as the brand wrote it.", example: "<p>Wager 30 times in 7 days.</p>" } };
    }
}
exports.BonusDto = BonusDto;
class BonusPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 2 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./bonus.dto").BonusDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 2 } };
    }
}
exports.BonusPageDto = BonusPageDto;
//# sourceMappingURL=bonus.dto.js.map