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
exports.ConsentsService = void 0;
const common_1 = require("@nestjs/common");
const users_service_1 = require("../../users/users.service");
const sessions_service_1 = require("../tokens/sessions.service");
const consents_repository_1 = require("./consents.repository");
/** The consents a player gave to third-party clients at the authorization endpoint. */
let ConsentsService = class ConsentsService {
    consents;
    users;
    sessions;
    constructor(consents, users, sessions) {
        this.consents = consents;
        this.users = users;
        this.sessions = sessions;
    }
    async list(principal) {
        const user = await this.users.getForPrincipal(principal);
        return this.consents.list(user.id);
    }
    /**
     * Withdraws the consent to a client and ends the player's sessions with that client, so that
     * the client's refresh and access tokens stop working too. The next authorization shows the consent page again.
     */
    async withdraw(principal, clientId) {
        const user = await this.users.getForPrincipal(principal);
        const clientRef = await this.consents.delete(user.id, clientId);
        if (!clientRef) {
            throw new common_1.NotFoundException(`No consent to client ${clientId} was found`);
        }
        const sessionIds = await this.consents.activeSessionIds(user.id, clientRef);
        for (const id of sessionIds) {
            await this.sessions.revoke({ id, userId: user.id, brandId: user.brandId }, 'consent_withdrawn');
        }
    }
};
exports.ConsentsService = ConsentsService;
exports.ConsentsService = ConsentsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [consents_repository_1.ConsentsRepository,
        users_service_1.UsersService,
        sessions_service_1.SessionsService])
], ConsentsService);
//# sourceMappingURL=consents.service.js.map