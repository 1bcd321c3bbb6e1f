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
exports.PaymentMethodsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const payment_method_entity_1 = require("./payment-method.entity");
let PaymentMethodsRepository = class PaymentMethodsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    get repository() {
        return this.dataSource.getRepository(payment_method_entity_1.PaymentMethodEntity);
    }
    create(method) {
        return this.repository.save(this.repository.create(method));
    }
    findInBrand(brandId, id) {
        return this.repository.findOneBy({ brandId, id });
    }
    /** Lists a brand's methods, oldest first; only the enabled ones when `enabledOnly`. */
    list(brandId, type, enabledOnly) {
        const where = { brandId };
        if (type) {
            where.type = type;
        }
        if (enabledOnly) {
            where.enabled = true;
        }
        return this.repository.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    save(method) {
        return this.repository.save(method);
    }
};
exports.PaymentMethodsRepository = PaymentMethodsRepository;
exports.PaymentMethodsRepository = PaymentMethodsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], PaymentMethodsRepository);
//# sourceMappingURL=payment-methods.repository.js.map