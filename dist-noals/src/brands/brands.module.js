"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BrandsModule = void 0;
const common_1 = require("@nestjs/common");
const brand_settings_controller_1 = require("./brand-settings.controller");
const brand_settings_repository_1 = require("./brand-settings.repository");
const brand_settings_service_1 = require("./brand-settings.service");
const brands_repository_1 = require("./brands.repository");
const brands_service_1 = require("./brands.service");
let BrandsModule = class BrandsModule {
};
exports.BrandsModule = BrandsModule;
exports.BrandsModule = BrandsModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        controllers: [brand_settings_controller_1.BrandSettingsController],
        providers: [brands_repository_1.BrandsRepository, brands_service_1.BrandsService, brand_settings_repository_1.BrandSettingsRepository, brand_settings_service_1.BrandSettingsService],
        exports: [brands_repository_1.BrandsRepository, brands_service_1.BrandsService, brand_settings_service_1.BrandSettingsService],
    })
], BrandsModule);
//# sourceMappingURL=brands.module.js.map