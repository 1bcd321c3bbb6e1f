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
exports.AuthorizationCodesRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
let AuthorizationCodesRepository = class AuthorizationCodesRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    async insert(code) {
        await this.dataSource.query(`INSERT INTO authorization_codes
         (code_hash, client_ref, user_id, redirect_uri, scope, code_challenge, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            code.codeHash,
            code.clientRef,
            code.userId,
            code.redirectUri,
            code.scope,
            code.codeChallenge,
            code.expiresAt,
        ]);
    }
    /**
     * Returns the code with this hash, locked FOR UPDATE: a concurrent redemption of the same code
     * waits until this transaction ends and then reads `used_at` set.
     */
    async lockByHash(manager, codeHash) {
        const rows = await manager.query(`SELECT id, client_ref, user_id, redirect_uri, scope, code_challenge, expires_at, used_at,
              session_id
         FROM authorization_codes WHERE code_hash = $1 FOR UPDATE`, [codeHash]);
        return rows[0] ?? null;
    }
    async markUsed(manager, id, sessionId) {
        await manager.query(`UPDATE authorization_codes SET used_at = now(), session_id = $2 WHERE id = $1`, [id, sessionId]);
    }
    /**
     * Deletes codes that expired more than `retentionSeconds` ago and returns how many. Used codes
     * are kept that long so that a late second use still revokes the tokens issued from them.
     */
    async deleteExpired(retentionSeconds) {
        const rows = await this.dataSource.query(`WITH deleted AS (
         DELETE FROM authorization_codes
          WHERE expires_at < now() - make_interval(secs => $1)
          RETURNING 1
       )
       SELECT 1 FROM deleted`, [retentionSeconds]);
        return rows.length;
    }
};
exports.AuthorizationCodesRepository = AuthorizationCodesRepository;
exports.AuthorizationCodesRepository = AuthorizationCodesRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], AuthorizationCodesRepository);
//# sourceMappingURL=authorization-codes.repository.js.map