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
exports.SessionAudit = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const principal_1 = require("../../common/auth/principal");
const api_exception_1 = require("../../common/errors/api.exception");
const loss_limits_service_1 = require("../limits/loss-limits.service");
/** Error codes of rounds rejected for a responsible-gaming or money reason, which are audited. */
const AUDITED_REJECTIONS = new Set([
    'loss_limit_exceeded',
    'insufficient_funds',
]);
/**
 * Records game session starts and ends and rejected rounds in the audit log. Events carry ids
 * and amounts only, never the player's personal data.
 */
let SessionAudit = class SessionAudit {
    audit;
    constructor(audit) {
        this.audit = audit;
    }
    started(principal, session) {
        this.audit.record('game_session_started', {
            brandId: session.brandId,
            clientId: principal.clientId,
            userId: session.userId,
            details: {
                game_session_id: session.id,
                game_id: session.gameId,
                amount: Number(session.amount),
            },
        });
    }
    /** Records an end by a player or a game provider; idle ends are recorded by the expiry job. */
    ended(principal, session) {
        this.audit.record('game_session_ended', {
            brandId: session.brandId,
            clientId: principal.clientId,
            userId: session.userId,
            details: {
                game_session_id: session.id,
                game_id: session.gameId,
                reason: (0, principal_1.isUserPrincipal)(principal) ? 'player' : 'provider',
                bet: Number(session.bet),
                win: Number(session.win),
                amount_after: Number(session.amountAfter),
            },
        });
    }
    /** Records a round rejected for a loss limit or insufficient funds; ignores other errors. */
    roundRejected(principal, session, round, error) {
        if (!(error instanceof api_exception_1.ApiException) || !AUDITED_REJECTIONS.has(error.code)) {
            return;
        }
        const limit = error instanceof loss_limits_service_1.LossLimitExceededException
            ? {
                period: error.period,
                limit: Number(error.limit),
                remaining: Number(error.remaining),
            }
            : {};
        this.audit.record('game_round_rejected', {
            brandId: session.brandId,
            clientId: principal.clientId,
            userId: session.userId,
            details: {
                reason: error.code,
                game_session_id: session.id,
                round_id: round.round_id,
                bet: round.bet,
                win: round.win,
                ...limit,
            },
        });
    }
};
exports.SessionAudit = SessionAudit;
exports.SessionAudit = SessionAudit = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [audit_service_1.AuditService])
], SessionAudit);
//# sourceMappingURL=session-audit.js.map