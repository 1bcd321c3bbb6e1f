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
exports.BonusOffersService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const bonus_offers_repository_1 = require("./bonus-offers.repository");
const bonus_offer_dto_1 = require("./dto/bonus-offer.dto");
/** The bonus offers a brand's back office defines. */
let BonusOffersService = class BonusOffersService {
    offers;
    brands;
    constructor(offers, brands) {
        this.offers = offers;
        this.brands = brands;
    }
    async create(principal, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        const fields = mergeFields(undefined, dto);
        await this.assertConsistent(brand.id, fields);
        return this.offers.save({ ...fields, brandId: brand.id });
    }
    /** Changes an offer. Bonuses already active keep the amount and wager goal they started with. */
    async update(principal, id, dto) {
        const offer = await this.get(principal, id);
        const fields = mergeFields(offer, dto);
        await this.assertConsistent(offer.brandId, fields);
        return this.offers.save({ ...offer, ...fields, updatedAt: new Date() });
    }
    /** Returns an offer of the caller's brand; 404 for any other. */
    async get(principal, id) {
        const brand = await this.brands.getByCode(principal.brand);
        const offer = await this.offers.findInBrand(brand.id, id);
        if (!offer) {
            throw new common_1.NotFoundException(`Bonus offer ${id} was not found in this brand`);
        }
        return offer;
    }
    async list(principal, page, perPage) {
        const brand = await this.brands.getByCode(principal.brand);
        const [offers, total] = await this.offers.findPage(brand.id, (page - 1) * perPage, perPage);
        return {
            data: offers.map((offer) => bonus_offer_dto_1.BonusOfferDto.from(offer)),
            page,
            per_page: perPage,
            total,
        };
    }
    /** Checks the rules that join several fields, naming the field to fix in a 400. */
    async assertConsistent(brandId, fields) {
        const problems = {};
        const add = (field, message) => (problems[field] ??= []).push(message);
        if (fields.rewardType !== 'bonus_money') {
            add('reward_type', `reward_type ${fields.rewardType} is not supported yet; use bonus_money`);
        }
        if (fields.amountType === 'fixed') {
            if (fields.amount === null)
                add('amount', 'amount is required when amount_type is fixed');
            if (fields.percentage !== null)
                add('percentage', 'percentage applies only to amount_type percentage');
            if (fields.maxAmount !== null)
                add('max_amount', 'max_amount applies only to amount_type percentage');
        }
        else {
            if (fields.percentage === null)
                add('percentage', 'percentage is required when amount_type is percentage');
            if (fields.maxAmount === null)
                add('max_amount', 'max_amount is required when amount_type is percentage');
            if (fields.amount !== null)
                add('amount', 'amount applies only to amount_type fixed');
            if (fields.activationType !== 'deposit') {
                add('amount_type', 'amount_type percentage needs activation_type deposit, whose deposit it is a percentage of');
            }
        }
        if (fields.activationType === 'deposit' && fields.minDeposit === null) {
            add('min_deposit', 'min_deposit is required when activation_type is deposit');
        }
        if (fields.activationType === 'manual' && fields.minDeposit !== null) {
            add('min_deposit', 'min_deposit applies only to activation_type deposit');
        }
        if (fields.validTo <= fields.validFrom) {
            add('valid_to', 'valid_to must be later than valid_from');
        }
        const known = await this.offers.existingGameIds(brandId, fields.gameIds);
        const unknown = fields.gameIds.filter((gameId) => !known.has(gameId));
        if (unknown.length > 0) {
            add('game_ids', `game_ids lists games that are not in this brand: ${unknown.join(', ')}`);
        }
        if (Object.keys(problems).length > 0) {
            throw new validation_failed_exception_1.ValidationFailedException(problems);
        }
    }
};
exports.BonusOffersService = BonusOffersService;
exports.BonusOffersService = BonusOffersService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [bonus_offers_repository_1.BonusOffersRepository,
        brands_service_1.BrandsService])
], BonusOffersService);
/**
 * Applies a create or update body to an offer's fields. A field absent from the body keeps its
 * value; `null` clears an optional field and leaves a required one as it was.
 */
function mergeFields(offer, dto) {
    const pick = (value, current) => value ?? current;
    const clear = (value, current) => value === undefined ? current : value;
    const amount = clear(dto.amount, offer?.amount ?? null);
    const maxAmount = clear(dto.max_amount, offer?.maxAmount ?? null);
    const minDeposit = clear(dto.min_deposit, offer?.minDeposit ?? null);
    const percentage = clear(dto.percentage, offer?.percentage ?? null);
    return {
        name: pick(dto.name, offer?.name),
        description: pick(dto.description, offer?.description ?? ''),
        imageUrl: dto.image_url === undefined ? (offer?.imageUrl ?? null) : dto.image_url,
        termsHtml: pick(dto.terms_and_conditions, offer?.termsHtml ?? ''),
        rewardType: pick(dto.reward_type, offer?.rewardType),
        amountType: pick(dto.amount_type, offer?.amountType),
        amount: amount === null ? null : String(amount),
        percentage: percentage === null ? null : Number(percentage),
        maxAmount: maxAmount === null ? null : String(maxAmount),
        wagerMultiplier: pick(dto.wager_multiplier, offer?.wagerMultiplier),
        activationType: pick(dto.activation_type, offer?.activationType),
        minDeposit: minDeposit === null ? null : String(minDeposit),
        gameIds: pick(dto.game_ids, offer?.gameIds ?? []),
        validFrom: pick(dto.valid_from, offer?.validFrom),
        validTo: pick(dto.valid_to, offer?.validTo),
        wageringSeconds: pick(dto.wagering_seconds, offer?.wageringSeconds),
        active: pick(dto.active, offer?.active ?? true),
    };
}
//# sourceMappingURL=bonus-offers.service.js.map