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
exports.ClientsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const brands_service_1 = require("../../brands/brands.service");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const clients_service_1 = require("./clients.service");
const client_response_dto_1 = require("./dto/client-response.dto");
const create_client_dto_1 = require("./dto/create-client.dto");
const update_client_dto_1 = require("./dto/update-client.dto");
/** Back-office management of the OAuth clients of the caller's brand. */
let ClientsController = class ClientsController {
    clients;
    brands;
    constructor(clients, brands) {
        this.clients = clients;
        this.brands = brands;
    }
    async create(principal, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        const { client, secret } = await this.clients.register(brand.id, dto);
        return { ...client_response_dto_1.ClientResponseDto.from(client), client_secret: secret };
    }
    async list(principal) {
        const brand = await this.brands.getByCode(principal.brand);
        return (await this.clients.list(brand.id)).map((client) => client_response_dto_1.ClientResponseDto.from(client));
    }
    async get(principal, clientId) {
        const brand = await this.brands.getByCode(principal.brand);
        return client_response_dto_1.ClientResponseDto.from(await this.clients.get(brand.id, clientId));
    }
    async update(principal, clientId, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        return client_response_dto_1.ClientResponseDto.from(await this.clients.update(brand.id, clientId, dto, principal.clientId));
    }
    async rotateSecret(principal, clientId) {
        const brand = await this.brands.getByCode(principal.brand);
        const secret = await this.clients.rotateSecret(brand.id, clientId);
        return { client_id: clientId, client_secret: secret };
    }
};
exports.ClientsController = ClientsController;
__decorate([
    (0, common_1.Post)(),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ClientsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Register a client; a confidential client gets its secret once' }),
    (0, swagger_1.ApiConflictResponse)({ description: 'client_id is already registered', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 201, type: require("./dto/client-response.dto").ClientWithSecretResponseDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, create_client_dto_1.CreateClientDto]),
    __metadata("design:returntype", Promise)
], ClientsController.prototype, "create", null);
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ClientsRead),
    (0, swagger_1.ApiOperation)({ summary: "List the brand's clients" }),
    openapi.ApiResponse({ status: 200, type: [require("./dto/client-response.dto").ClientResponseDto] }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], ClientsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':client_id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ClientsRead),
    (0, swagger_1.ApiOperation)({ summary: 'Read one client' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such client in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/client-response.dto").ClientResponseDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('client_id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], ClientsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(':client_id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ClientsWrite),
    (0, swagger_1.ApiOperation)({ summary: "Change a client's settings" }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such client in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/client-response.dto").ClientResponseDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('client_id')),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, update_client_dto_1.UpdateClientDto]),
    __metadata("design:returntype", Promise)
], ClientsController.prototype, "update", null);
__decorate([
    (0, common_1.Post)(':client_id/secret'),
    (0, common_1.HttpCode)(200),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ClientsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Replace the secret of a confidential client; shown once' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such client in this brand', type: api_error_dto_1.ApiErrorDto }),
    (0, swagger_1.ApiConflictResponse)({ description: 'The client is public and has no secret', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/client-response.dto").ClientSecretResponseDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('client_id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], ClientsController.prototype, "rotateSecret", null);
exports.ClientsController = ClientsController = __decorate([
    (0, swagger_1.ApiTags)('clients'),
    (0, common_1.Controller)('clients'),
    __metadata("design:paramtypes", [clients_service_1.ClientsService,
        brands_service_1.BrandsService])
], ClientsController);
//# sourceMappingURL=clients.controller.js.map