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
exports.AuditController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const brands_service_1 = require("../brands/brands.service");
const scopes_decorator_1 = require("../common/auth/scopes.decorator");
const scopes_1 = require("../common/scopes");
const audit_service_1 = require("./audit.service");
const audit_event_dto_1 = require("./dto/audit-event.dto");
let AuditController = class AuditController {
    audit;
    brands;
    constructor(audit, brands) {
        this.audit = audit;
        this.brands = brands;
    }
    async list(principal, query) {
        const brand = await this.brands.getByCode(principal.brand);
        const [events, total] = await this.audit.find({
            brandId: brand.id,
            userId: query.user_id,
            clientId: query.client_id,
            type: query.type,
            from: query.from,
            to: query.to,
        }, (query.page - 1) * query.per_page, query.per_page);
        return {
            data: events.map((event) => audit_event_dto_1.AuditEventDto.from(event)),
            page: query.page,
            per_page: query.per_page,
            total,
        };
    }
};
exports.AuditController = AuditController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.AuditRead),
    (0, swagger_1.ApiOperation)({ summary: "List the brand's security events, newest first" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/audit-event.dto").AuditEventPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, audit_event_dto_1.AuditEventQueryDto]),
    __metadata("design:returntype", Promise)
], AuditController.prototype, "list", null);
exports.AuditController = AuditController = __decorate([
    (0, swagger_1.ApiTags)('audit'),
    (0, common_1.Controller)('audit-events'),
    __metadata("design:paramtypes", [audit_service_1.AuditService,
        brands_service_1.BrandsService])
], AuditController);
//# sourceMappingURL=audit.controller.js.map