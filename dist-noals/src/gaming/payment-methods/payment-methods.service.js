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
exports.PaymentMethodsService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const scopes_1 = require("../../common/scopes");
const payment_provider_1 = require("../transactions/providers/payment-provider");
const payment_methods_repository_1 = require("./payment-methods.repository");
/** The payment methods of each brand, configured by its back office. */
let PaymentMethodsService = class PaymentMethodsService {
    methods;
    brands;
    providers;
    constructor(methods, brands, providers) {
        this.methods = methods;
        this.brands = brands;
        this.providers = providers;
    }
    /**
     * Lists the brand's methods: every one for a back office holding `payment-methods:write`, the
     * enabled ones for everyone else.
     */
    async list(principal, type) {
        const brand = await this.brands.getByCode(principal.brand);
        const manager = principal.scopes.has(scopes_1.Scope.PaymentMethodsWrite);
        return this.methods.list(brand.id, type, !manager);
    }
    async create(principal, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        this.assertKnownProvider(dto.provider_id);
        assertRange(dto.min_amount, dto.max_amount);
        return this.methods.create({
            brandId: brand.id,
            type: dto.type,
            name: dto.name,
            providerId: dto.provider_id,
            minAmount: String(dto.min_amount),
            maxAmount: String(dto.max_amount),
            fee: String(dto.fee ?? 0),
            enabled: dto.enabled ?? true,
        });
    }
    async update(principal, id, dto) {
        const method = await this.getInBrand(principal, id);
        const min = dto.min_amount ?? Number(method.minAmount);
        const max = dto.max_amount ?? Number(method.maxAmount);
        assertRange(min, max);
        Object.assign(method, {
            name: dto.name ?? method.name,
            minAmount: String(min),
            maxAmount: String(max),
            fee: dto.fee === undefined ? method.fee : String(dto.fee),
            enabled: dto.enabled ?? method.enabled,
        });
        return this.methods.save(method);
    }
    async findInBrand(principal, id) {
        const brand = await this.brands.getByCode(principal.brand);
        return this.methods.findInBrand(brand.id, id);
    }
    async getInBrand(principal, id) {
        const method = await this.findInBrand(principal, id);
        if (!method) {
            throw new common_1.NotFoundException(`Payment method ${id} was not found`);
        }
        return method;
    }
    /** Returns the provider with this id; every stored method names a known provider. */
    providerOf(providerId) {
        const provider = this.providers.find((candidate) => candidate.id === providerId);
        if (!provider) {
            throw new Error(`No payment provider ${providerId}`);
        }
        return provider;
    }
    assertKnownProvider(providerId) {
        if (!this.providers.some((provider) => provider.id === providerId)) {
            const known = this.providers.map((provider) => provider.id).join(', ');
            throw new validation_failed_exception_1.ValidationFailedException({
                provider_id: [`provider_id must be one of: ${known}`],
            });
        }
    }
};
exports.PaymentMethodsService = PaymentMethodsService;
exports.PaymentMethodsService = PaymentMethodsService = __decorate([
    (0, common_1.Injectable)(),
    __param(2, (0, common_1.Inject)(payment_provider_1.PAYMENT_PROVIDERS)),
    __metadata("design:paramtypes", [payment_methods_repository_1.PaymentMethodsRepository,
        brands_service_1.BrandsService, Array])
], PaymentMethodsService);
function assertRange(min, max) {
    if (max < min) {
        throw new validation_failed_exception_1.ValidationFailedException({
            max_amount: [`max_amount must be at least min_amount (${min})`],
        });
    }
}
//# sourceMappingURL=payment-methods.service.js.map