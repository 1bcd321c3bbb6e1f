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
exports.IntrospectionRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
let IntrospectionRepository = class IntrospectionRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Finds a refresh token by its SHA-256 with its session, player, client and brand. */
    async findRefreshToken(tokenHash) {
        const rows = await this.dataSource.query(`SELECT t.id, t.scope, t.expires_at, t.used_at, t.created_at,
              s.id AS session_id, s.revoked_at AS session_revoked_at,
              u.id AS user_id, u.nickname, b.id AS brand_id, b.code AS brand_code, c.client_id
       FROM refresh_tokens t
       JOIN sessions s ON s.id = t.session_id
       JOIN users u ON u.id = s.user_id
       JOIN oauth_clients c ON c.id = s.client_ref
       JOIN brands b ON b.id = s.brand_id
       WHERE t.token_hash = $1`, [tokenHash]);
        const row = rows[0];
        if (!row) {
            return null;
        }
        return {
            id: row.id,
            scope: row.scope,
            expiresAt: row.expires_at,
            usedAt: row.used_at,
            createdAt: row.created_at,
            sessionId: row.session_id,
            sessionRevokedAt: row.session_revoked_at,
            userId: row.user_id,
            nickname: row.nickname,
            brandId: row.brand_id,
            brandCode: row.brand_code,
            clientId: row.client_id,
        };
    }
    /** Returns whether the player exists in the brand, and the player's nickname if any. */
    async findPlayerNickname(brandId, userId) {
        const rows = await this.dataSource.query('SELECT nickname FROM users WHERE id = $1 AND brand_id = $2', [userId, brandId]);
        return rows[0] ?? null;
    }
};
exports.IntrospectionRepository = IntrospectionRepository;
exports.IntrospectionRepository = IntrospectionRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], IntrospectionRepository);
//# sourceMappingURL=introspection.repository.js.map