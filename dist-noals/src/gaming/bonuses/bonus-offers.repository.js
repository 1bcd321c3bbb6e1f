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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BonusOffersRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const bonus_offer_entity_1 = require("./bonus-offer.entity");
/** Stores the bonus offers of each brand. */
let BonusOffersRepository = class BonusOffersRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async save(offer) {
        const repository = this.dataSource.getRepository(bonus_offer_entity_1.BonusOfferEntity);
        const { id } = await repository.save(repository.create(offer));
        return repository.findOneByOrFail({ id });
    }
    findInBrand(brandId, id) {
        return this.dataSource.getRepository(bonus_offer_entity_1.BonusOfferEntity).findOneBy({ brandId, id });
    }
    findPage(brandId, offset, limit) {
        return this.dataSource.getRepository(bonus_offer_entity_1.BonusOfferEntity).findAndCount({
            where: { brandId },
            order: { createdAt: 'DESC', id: 'DESC' },
            skip: offset,
            take: limit,
        });
    }
    findByIds(ids) {
        if (ids.length === 0)
            return Promise.resolve([]);
        return this.dataSource
            .getRepository(bonus_offer_entity_1.BonusOfferEntity)
            .createQueryBuilder('o')
            .where('o.id IN (:...ids)', { ids })
            .getMany();
    }
    /** Returns those of `gameIds` that are games of the brand. */
    async existingGameIds(brandId, gameIds) {
        if (gameIds.length === 0)
            return new Set();
        const rows = await this.dataSource.query(`SELECT id FROM games WHERE brand_id = $1 AND id = ANY($2::uuid[])`, [brandId, gameIds]);
        return new Set(rows.map((row) => row.id));
    }
};
exports.BonusOffersRepository = BonusOffersRepository;
exports.BonusOffersRepository = BonusOffersRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], BonusOffersRepository);
//# sourceMappingURL=bonus-offers.repository.js.map