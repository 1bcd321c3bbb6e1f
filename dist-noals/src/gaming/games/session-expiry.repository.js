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
exports.SessionExpiryRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const RETURNED_COLUMNS = `s.id, s.brand_id AS "brandId", s.user_id AS "userId",
  s.game_id AS "gameId", s.bet::text, s.win::text, s.amount_after::text AS "amountAfter",
  s.last_activity_at AS "lastActivityAt"`;
/** Ends game sessions that had no round for longer than the idle time. */
let SessionExpiryRepository = class SessionExpiryRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Ends up to `limit` active sessions idle for more than `idleSeconds` and returns them. Rows
     * locked by another transaction, such as a round in progress or another instance running the
     * same job, are skipped. The lock re-checks the idle condition on the latest row version, so a
     * session is ended once and never while a round updates it.
     */
    async endIdle(idleSeconds, limit) {
        const [rows] = await this.dataSource.query(`UPDATE game_sessions s SET status = 'ended', end_date = now()
       WHERE s.id IN (
         SELECT id FROM game_sessions
         WHERE status = 'active' AND last_activity_at < now() - make_interval(secs => $1)
         ORDER BY last_activity_at
         LIMIT $2
         FOR NO KEY UPDATE SKIP LOCKED)
       RETURNING ${RETURNED_COLUMNS}`, [idleSeconds, limit]);
        return rows;
    }
    /** Ends one session if it is active and idle for more than `idleSeconds`; null otherwise. */
    async endOneIfIdle(id, idleSeconds) {
        const [rows] = await this.dataSource.query(`UPDATE game_sessions s SET status = 'ended', end_date = now()
       WHERE s.id = $1 AND s.status = 'active'
         AND s.last_activity_at < now() - make_interval(secs => $2)
       RETURNING ${RETURNED_COLUMNS}`, [id, idleSeconds]);
        return rows[0] ?? null;
    }
};
exports.SessionExpiryRepository = SessionExpiryRepository;
exports.SessionExpiryRepository = SessionExpiryRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], SessionExpiryRepository);
//# sourceMappingURL=session-expiry.repository.js.map