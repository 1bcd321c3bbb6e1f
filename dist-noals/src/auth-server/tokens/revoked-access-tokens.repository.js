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
exports.RevokedAccessTokensRepository = exports.ACCESS_TOKEN_REVOKED_CHANNEL = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
exports.ACCESS_TOKEN_REVOKED_CHANNEL = 'access_token_revoked';
let RevokedAccessTokensRepository = class RevokedAccessTokensRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Stores the revocation and sends its NOTIFY (payload `<jti> <exp in seconds>`) in one
     * transaction, so every listener learns of it when it commits. Returns false when the token
     * was already revoked.
     */
    revoke(token) {
        const expSeconds = Math.floor(token.expiresAt.getTime() / 1000);
        return this.dataSource.transaction(async (manager) => {
            const inserted = await manager.query(`INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ($1, to_timestamp($2))
         ON CONFLICT (jti) DO NOTHING RETURNING jti`, [token.jti, expSeconds]);
            await manager.query('SELECT pg_notify($1, $2)', [
                exports.ACCESS_TOKEN_REVOKED_CHANNEL,
                `${token.jti} ${expSeconds}`,
            ]);
            return inserted.length === 1;
        });
    }
    /** Returns the revocations of tokens that expired less than `graceSeconds` ago or later. */
    async findUnexpired(graceSeconds) {
        const rows = await this.dataSource.query(`SELECT jti, expires_at FROM revoked_access_tokens
       WHERE expires_at > now() - make_interval(secs => $1)`, [graceSeconds]);
        return rows.map((row) => ({ jti: row.jti, expiresAt: row.expires_at }));
    }
    /** Deletes the revocations of tokens that expired more than `graceSeconds` ago. */
    async deleteExpired(graceSeconds) {
        await this.dataSource.query(`DELETE FROM revoked_access_tokens WHERE expires_at <= now() - make_interval(secs => $1)`, [graceSeconds]);
    }
};
exports.RevokedAccessTokensRepository = RevokedAccessTokensRepository;
exports.RevokedAccessTokensRepository = RevokedAccessTokensRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], RevokedAccessTokensRepository);
//# sourceMappingURL=revoked-access-tokens.repository.js.map