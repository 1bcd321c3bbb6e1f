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
exports.ConsentsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
let ConsentsRepository = class ConsentsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Returns the scopes the player granted the client, or null without a consent. */
    async findScopes(userId, clientRef) {
        const rows = await this.dataSource.query(`SELECT scopes FROM consents WHERE user_id = $1 AND client_ref = $2`, [userId, clientRef]);
        return rows[0]?.scopes ?? null;
    }
    /** Adds `scopes` to the player's consent to the client, creating it if needed. */
    async grant(userId, clientRef, scopes) {
        await this.dataSource.query(`INSERT INTO consents (user_id, client_ref, scopes) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, client_ref) DO UPDATE
         SET scopes = ARRAY(SELECT DISTINCT unnest(consents.scopes || EXCLUDED.scopes) ORDER BY 1),
             granted_at = now()`, [userId, clientRef, scopes]);
    }
    list(userId) {
        return this.dataSource.query(`SELECT c.client_id, c.name AS client_name, consents.scopes, consents.granted_at
         FROM consents JOIN oauth_clients c ON c.id = consents.client_ref
        WHERE consents.user_id = $1
        ORDER BY consents.granted_at DESC`, [userId]);
    }
    /**
     * Deletes the player's consent to the client with this public id, and returns the internal id
     * of that client, or null when there was no such consent.
     */
    async delete(userId, clientId) {
        const rows = await this.dataSource.query(
        // Wrapped in a SELECT because TypeORM returns [rows, count] for a bare DELETE.
        `WITH deleted AS (
         DELETE FROM consents
          USING oauth_clients c
          WHERE consents.client_ref = c.id AND consents.user_id = $1 AND c.client_id = $2
          RETURNING consents.client_ref
       )
       SELECT client_ref FROM deleted`, [userId, clientId]);
        return rows[0]?.client_ref ?? null;
    }
    /** Returns the ids of the player's active sessions with the client. */
    async activeSessionIds(userId, clientRef) {
        const rows = await this.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1 AND client_ref = $2 AND revoked_at IS NULL`, [userId, clientRef]);
        return rows.map((row) => row.id);
    }
};
exports.ConsentsRepository = ConsentsRepository;
exports.ConsentsRepository = ConsentsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], ConsentsRepository);
//# sourceMappingURL=consents.repository.js.map