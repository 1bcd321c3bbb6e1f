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
exports.ActivationCodesRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const activation_code_entity_1 = require("./activation-code.entity");
let ActivationCodesRepository = class ActivationCodesRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    async insert(manager, code) {
        await manager.insert(activation_code_entity_1.ActivationCodeEntity, code);
    }
    /** Tells whether a code was issued to the player in the last `seconds`, by the database clock. */
    issuedWithin(manager, userId, seconds) {
        return manager
            .createQueryBuilder(activation_code_entity_1.ActivationCodeEntity, 'code')
            .where('code.user_id = :userId', { userId })
            .andWhere('code.created_at > now() - make_interval(secs => :seconds)', { seconds })
            .getExists();
    }
    /** Invalidates every code of the player that is neither used nor invalidated yet. */
    async invalidateOpen(manager, userId) {
        await manager.update(activation_code_entity_1.ActivationCodeEntity, { userId, usedAt: (0, typeorm_2.IsNull)(), invalidatedAt: (0, typeorm_2.IsNull)() }, { invalidatedAt: () => 'now()' });
    }
    /**
     * Marks the brand's code with this hash used, if it is still valid, and returns its player's
     * id; null otherwise. The row lock of the UPDATE makes concurrent redemptions of one code wait
     * for each other, and the later ones then find `used_at` set, so only one wins.
     */
    async consume(manager, codeHash, brandId) {
        const result = await manager
            .createQueryBuilder()
            .update(activation_code_entity_1.ActivationCodeEntity)
            .set({ usedAt: () => 'now()' })
            .where('code_hash = :codeHash', { codeHash })
            .andWhere('brand_id = :brandId', { brandId })
            .andWhere('used_at IS NULL')
            .andWhere('invalidated_at IS NULL')
            .andWhere('expires_at > now()')
            .returning('user_id')
            .execute();
        const rows = result.raw;
        return rows.length === 1 ? rows[0].user_id : null;
    }
};
exports.ActivationCodesRepository = ActivationCodesRepository;
exports.ActivationCodesRepository = ActivationCodesRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], ActivationCodesRepository);
//# sourceMappingURL=activation-codes.repository.js.map