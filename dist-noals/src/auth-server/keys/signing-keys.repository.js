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
exports.SigningKeysRepository = exports.SIGNING_KEYS_CHANGED_CHANNEL = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const signing_key_entity_1 = require("./signing-key.entity");
/** Keys are created and rotated under this advisory lock so that instances agree. */
const KEY_CREATION_LOCK = 7_310_001;
/** The NOTIFY channel on which a key change makes every instance reload its signing keys. */
exports.SIGNING_KEYS_CHANGED_CHANNEL = 'signing_keys_changed';
let SigningKeysRepository = class SigningKeysRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    findUnretired(manager = this.dataSource.manager) {
        return manager.find(signing_key_entity_1.SigningKeyEntity, {
            where: { retiredAt: (0, typeorm_2.IsNull)() },
            order: { createdAt: 'DESC' },
        });
    }
    findActive(manager = this.dataSource.manager) {
        return manager.findOne(signing_key_entity_1.SigningKeyEntity, { where: { active: true } });
    }
    /** Runs `work` in a transaction that holds the key-creation lock. */
    withCreationLock(work) {
        return this.dataSource.transaction(async (manager) => {
            await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
            return work(manager);
        });
    }
    /**
     * Marks the active key as rotated and stores `next` as the new active key. Call it inside
     * withCreationLock; the NOTIFY reaches the other instances when the transaction commits.
     */
    async replaceActive(manager, next) {
        const previous = await this.findActive(manager);
        if (previous) {
            await manager.update(signing_key_entity_1.SigningKeyEntity, { kid: previous.kid }, { active: false, rotatedAt: () => 'now()' });
        }
        await manager.save(next);
        await this.notifyChanged(manager, next.kid);
        return previous?.kid ?? null;
    }
    /**
     * Retires the keys rotated more than `retentionSeconds` ago: they leave the JWK Set and their
     * encrypted private half is erased. Returns the retired key ids.
     */
    async retireRotatedBefore(retentionSeconds) {
        return this.dataSource.transaction(async (manager) => {
            const rows = await manager.query(`UPDATE signing_keys SET retired_at = now(), private_key_encrypted = ''
         WHERE NOT active AND retired_at IS NULL
           AND rotated_at < now() - make_interval(secs => $1)
         RETURNING kid`, [retentionSeconds]);
            const retired = rows.map((row) => row.kid);
            if (retired.length > 0) {
                await this.notifyChanged(manager, retired.join(' '));
            }
            return retired;
        });
    }
    async notifyChanged(manager, payload) {
        await manager.query('SELECT pg_notify($1, $2)', [exports.SIGNING_KEYS_CHANGED_CHANNEL, payload]);
    }
};
exports.SigningKeysRepository = SigningKeysRepository;
exports.SigningKeysRepository = SigningKeysRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], SigningKeysRepository);
//# sourceMappingURL=signing-keys.repository.js.map