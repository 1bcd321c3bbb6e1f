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
exports.PlayerSessionsService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const session_response_dto_1 = require("./dto/session-response.dto");
const sessions_repository_1 = require("./sessions.repository");
const sessions_service_1 = require("./sessions.service");
/** A player's own view of their sessions: list them and end them. */
let PlayerSessionsService = class PlayerSessionsService {
    repository;
    sessions;
    brands;
    constructor(repository, sessions, brands) {
        this.repository = repository;
        this.sessions = sessions;
        this.brands = brands;
    }
    async list(principal) {
        const sessionId = requireSessionId(principal);
        const brand = await this.brands.getByCode(principal.brand);
        const rows = await this.repository.findActiveOfUser(brand.id, principal.subject);
        return rows.map((row) => session_response_dto_1.SessionResponseDto.from(row, sessionId));
    }
    /**
     * Ends one of the player's sessions. Throws NotFoundException unless the id is an unrevoked
     * session of the player.
     */
    async end(principal, sessionId) {
        requireSessionId(principal);
        const brand = await this.brands.getByCode(principal.brand);
        const session = await this.repository.findUnrevokedOfUser(brand.id, principal.subject, sessionId);
        if (!session) {
            throw new common_1.NotFoundException(`Session ${sessionId} was not found among your active sessions`);
        }
        await this.sessions.revoke(session, 'logout', principal.clientId);
    }
    /** Ends the session of the access token that made the request. */
    async endCurrent(principal) {
        const sessionId = requireSessionId(principal);
        const brand = await this.brands.getByCode(principal.brand);
        await this.sessions.revoke({ id: sessionId, userId: principal.subject, brandId: brand.id }, 'logout', principal.clientId);
    }
};
exports.PlayerSessionsService = PlayerSessionsService;
exports.PlayerSessionsService = PlayerSessionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sessions_repository_1.SessionsRepository,
        sessions_service_1.SessionsService,
        brands_service_1.BrandsService])
], PlayerSessionsService);
function requireSessionId(principal) {
    if (principal.sessionId === undefined) {
        throw new common_1.ForbiddenException("This route needs a player's access token");
    }
    return principal.sessionId;
}
//# sourceMappingURL=player-sessions.service.js.map