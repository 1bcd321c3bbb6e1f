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
exports.UsersRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const raw_entity_1 = require("../database/raw-entity");
const field_conflict_exception_1 = require("../common/errors/field-conflict.exception");
const user_entity_1 = require("./user.entity");
const UNIQUE_INDEX_FIELDS = {
    users_brand_email_key: 'email',
    users_brand_nickname_key: 'nickname',
    users_brand_mobile_key: 'mobile_number',
};
let UsersRepository = class UsersRepository {
    dataSource;
    /** The read behind every bearer-guarded profile route, so it skips the query builder. */
    byBrandAndId;
    constructor(dataSource) {
        this.dataSource = dataSource;
        this.byBrandAndId = new raw_entity_1.RawEntityQuery(dataSource, user_entity_1.UserEntity, 'brand_id = $1 AND id = $2');
    }
    findInBrand(brandId, id) {
        return this.byBrandAndId.findOne([brandId, id]);
    }
    /**
     * Finds the one player of a brand whose email, nickname or mobile number (as the brand allows)
     * equals the username. Returns null when none or more than one matches.
     */
    async findByUsername(brandId, username, types) {
        const query = this.dataSource
            .getRepository(user_entity_1.UserEntity)
            .createQueryBuilder('user')
            .where('user.brand_id = :brandId', { brandId });
        const digits = username.replace(/[\s+()-]/g, '');
        const conditions = new typeorm_2.Brackets((where) => {
            where.where('false');
            if (types.includes('email') && username.includes('@')) {
                where.orWhere('user.email = :email', {
                    email: username.trim().toLowerCase().normalize('NFC'),
                });
            }
            if (types.includes('nickname')) {
                where.orWhere('lower(user.nickname) = lower(:nickname)', { nickname: username });
            }
            if (types.includes('mobile_number') && /^\d{4,20}$/.test(digits)) {
                where.orWhere(new typeorm_2.Brackets((mobile) => mobile
                    .where('user.mobile_number = :digits', { digits })
                    .orWhere(`ltrim(user.mobile_code, '+') || user.mobile_number = :digits`, { digits })));
            }
        });
        const matches = await query.andWhere(conditions).limit(2).getMany();
        return matches.length === 1 ? matches[0] : null;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    async insert(user, manager) {
        const repository = (manager ?? this.dataSource.manager).getRepository(user_entity_1.UserEntity);
        try {
            return await repository.save(repository.create(user));
        }
        catch (error) {
            throw toConflict(error);
        }
    }
    /** Finds a brand's player by lower-cased email and locks the row until the transaction ends. */
    findByEmailForUpdate(manager, brandId, email) {
        return manager.getRepository(user_entity_1.UserEntity).findOne({
            where: { brandId, email },
            lock: { mode: 'pessimistic_write' },
        });
    }
    /** Sets a pending player active; returns null when the player is not pending. */
    async activatePending(manager, id) {
        const result = await manager.update(user_entity_1.UserEntity, { id, status: 'pending' }, { status: 'active' });
        if (result.affected !== 1) {
            return null;
        }
        return manager.findOneByOrFail(user_entity_1.UserEntity, { id });
    }
    async update(user, changes) {
        const repository = this.dataSource.getRepository(user_entity_1.UserEntity);
        try {
            await repository.update({ id: user.id, brandId: user.brandId }, changes);
        }
        catch (error) {
            throw toConflict(error);
        }
        return repository.findOneByOrFail({ id: user.id });
    }
    async updatePasswordHash(id, passwordHash) {
        await this.dataSource.getRepository(user_entity_1.UserEntity).update({ id }, { passwordHash });
    }
    /**
     * Self-excludes a player until now plus `interval` (a PostgreSQL interval), or permanently when
     * it is null. Returns the new end, null for permanent, or undefined when the player is already
     * self-excluded until a later time, since a self-exclusion may only be lengthened.
     */
    async setSelfExclusion(id, interval) {
        const [rows] = await this.dataSource.query(`UPDATE users
       SET status = 'self_excluded',
           self_excluded_until = now() + $2::interval,
           updated_at = now()
       WHERE id = $1
         AND NOT (
           status = 'self_excluded'
           AND (self_excluded_until IS NULL OR self_excluded_until > now() + $2::interval)
           AND $2::interval IS NOT NULL
         )
       RETURNING self_excluded_until`, [id, interval]);
        return rows.length === 1 ? rows[0].self_excluded_until : undefined;
    }
    /** Makes a self-excluded player active again once the end of the self-exclusion has passed. */
    async endExpiredSelfExclusion(id) {
        const result = await this.dataSource
            .createQueryBuilder()
            .update(user_entity_1.UserEntity)
            .set({ status: 'active', selfExcludedUntil: null })
            .where(`id = :id AND status = 'self_excluded' AND self_excluded_until <= now()`, { id })
            .execute();
        return result.affected === 1;
    }
    async recordLogin(id) {
        const now = new Date();
        await this.dataSource.getRepository(user_entity_1.UserEntity).update({ id }, { lastLogin: now });
        return now;
    }
};
exports.UsersRepository = UsersRepository;
exports.UsersRepository = UsersRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], UsersRepository);
/** Maps a unique-index violation to a 409 naming the field; other errors pass through. */
function toConflict(error) {
    if (!(error instanceof typeorm_2.QueryFailedError)) {
        return error;
    }
    const driverError = error.driverError;
    const field = driverError.constraint ? UNIQUE_INDEX_FIELDS[driverError.constraint] : undefined;
    if (driverError.code !== '23505' || !field) {
        return error;
    }
    return new field_conflict_exception_1.FieldConflictException(field, `${field} is already used by another player of this brand`);
}
//# sourceMappingURL=users.repository.js.map