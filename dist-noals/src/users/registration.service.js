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
exports.RegistrationService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../audit/audit.service");
const clients_repository_1 = require("../auth-server/clients/clients.repository");
const validation_failed_exception_1 = require("../common/errors/validation-failed.exception");
const activation_service_1 = require("./activation/activation.service");
const users_service_1 = require("./users.service");
/** One message for every unusable client_id, so that the error reveals nothing about the client. */
const UNUSABLE_CLIENT_MESSAGE = "client_id must be the client_id of a brand's public app";
/**
 * Players' own sign-up: creates a pending player of the brand named by a public client, and
 * hands an activation code to the Notifier in the same transaction.
 */
let RegistrationService = class RegistrationService {
    clients;
    users;
    activation;
    audit;
    constructor(clients, users, activation, audit) {
        this.clients = clients;
        this.users = users;
        this.activation = activation;
        this.audit = audit;
    }
    async register(dto) {
        const client = await this.findBrandApp(dto.client_id);
        const user = await this.users.create(client.brandId, dto, 'pending', (created, manager) => this.activation.issue(manager, created, client));
        this.audit.record('player_registered', {
            brandId: client.brandId,
            clientId: client.clientId,
            userId: user.id,
        });
        return user;
    }
    /** Sends a new activation code when a pending player of the brand has the email; see resend. */
    async resendActivation(dto) {
        const client = await this.findBrandApp(dto.client_id);
        await this.activation.resend(client, dto.email);
    }
    /** Returns the public client named, or throws a validation error on client_id. */
    async findBrandApp(clientId) {
        const client = await this.clients.findByClientId(clientId);
        if (!client || client.type !== 'public' || !client.brand) {
            throw new validation_failed_exception_1.ValidationFailedException({ client_id: [UNUSABLE_CLIENT_MESSAGE] });
        }
        return client;
    }
};
exports.RegistrationService = RegistrationService;
exports.RegistrationService = RegistrationService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [clients_repository_1.ClientsRepository,
        users_service_1.UsersService,
        activation_service_1.ActivationService,
        audit_service_1.AuditService])
], RegistrationService);
//# sourceMappingURL=registration.service.js.map