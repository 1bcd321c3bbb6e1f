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
exports.BrandSettingsService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../audit/audit.service");
const brand_settings_repository_1 = require("./brand-settings.repository");
const brands_service_1 = require("./brands.service");
/** The settings of a brand that its back office reads and changes. */
let BrandSettingsService = class BrandSettingsService {
    settings;
    brands;
    audit;
    constructor(settings, brands, audit) {
        this.settings = settings;
        this.brands = brands;
        this.audit = audit;
    }
    async getOwn(principal) {
        const brand = await this.brands.getByCode(principal.brand);
        return this.get(brand.id);
    }
    /** Changes the caller's brand settings and records the change in the audit log. */
    async updateOwn(principal, changes) {
        const brand = await this.brands.getByCode(principal.brand);
        const before = await this.get(brand.id);
        if (changes.debitOrder === undefined) {
            return before;
        }
        const after = await this.settings.update(brand.id, changes);
        if (!after) {
            throw new common_1.NotFoundException(`Brand ${brand.code} was not found`);
        }
        this.audit.record('brand_settings_changed', {
            brandId: brand.id,
            clientId: principal.clientId,
            details: { debit_order: { from: before.debitOrder, to: after.debitOrder } },
        });
        return after;
    }
    /**
     * Returns the order in which a bet is taken from the balances of a brand's wallets, read from
     * the database, inside the caller's transaction when `manager` is given.
     */
    async debitOrder(brandId, manager) {
        return (await this.get(brandId, manager)).debitOrder;
    }
    async get(brandId, manager) {
        const settings = await this.settings.find(brandId, manager);
        if (!settings) {
            throw new common_1.NotFoundException(`Brand ${brandId} was not found`);
        }
        return settings;
    }
};
exports.BrandSettingsService = BrandSettingsService;
exports.BrandSettingsService = BrandSettingsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [brand_settings_repository_1.BrandSettingsRepository,
        brands_service_1.BrandsService,
        audit_service_1.AuditService])
], BrandSettingsService);
//# sourceMappingURL=brand-settings.service.js.map