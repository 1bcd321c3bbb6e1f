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
exports.BrandSettingsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../common/auth/scopes.decorator");
const scopes_1 = require("../common/scopes");
const brand_settings_service_1 = require("./brand-settings.service");
const brand_settings_dto_1 = require("./dto/brand-settings.dto");
/** The settings of the caller's own brand, for its back office. */
let BrandSettingsController = class BrandSettingsController {
    settings;
    constructor(settings) {
        this.settings = settings;
    }
    async get(principal) {
        return brand_settings_dto_1.BrandSettingsDto.from(await this.settings.getOwn(principal));
    }
    async update(principal, dto) {
        const settings = await this.settings.updateOwn(principal, { debitOrder: dto.debit_order });
        return brand_settings_dto_1.BrandSettingsDto.from(settings);
    }
};
exports.BrandSettingsController = BrandSettingsController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BrandsRead),
    (0, swagger_1.ApiOperation)({ summary: "Read the settings of the caller's brand" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/brand-settings.dto").BrandSettingsDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], BrandSettingsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BrandsWrite),
    (0, swagger_1.ApiOperation)({
        summary: "Change the settings of the caller's brand",
        description: 'An absent field keeps its value. A new debit order applies to the next round on every ' +
            'instance.',
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/brand-settings.dto").BrandSettingsDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, brand_settings_dto_1.UpdateBrandSettingsDto]),
    __metadata("design:returntype", Promise)
], BrandSettingsController.prototype, "update", null);
exports.BrandSettingsController = BrandSettingsController = __decorate([
    (0, swagger_1.ApiTags)('brands'),
    (0, common_1.Controller)('brands/current/settings'),
    __metadata("design:paramtypes", [brand_settings_service_1.BrandSettingsService])
], BrandSettingsController);
//# sourceMappingURL=brand-settings.controller.js.map