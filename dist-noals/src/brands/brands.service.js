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
exports.BrandsService = void 0;
const common_1 = require("@nestjs/common");
const brands_repository_1 = require("./brands.repository");
/**
 * Looks up brands by code and by id. A brand's code and id never change once created, so both
 * lookups are cached for the life of the process.
 */
let BrandsService = class BrandsService {
    repository;
    byCode = new Map();
    byId = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    /** Returns the brand with this code; throws NotFoundException when there is none. */
    async getByCode(code) {
        const brand = this.byCode.get(code) ?? (await this.repository.findByCode(code));
        if (!brand) {
            throw new common_1.NotFoundException(`Brand ${code} was not found`);
        }
        this.remember(brand);
        return brand;
    }
    async getById(id) {
        const brand = this.byId.get(id) ?? (await this.repository.findById(id));
        if (!brand) {
            throw new common_1.NotFoundException(`Brand ${id} was not found`);
        }
        this.remember(brand);
        return brand;
    }
    remember(brand) {
        this.byCode.set(brand.code, brand);
        this.byId.set(brand.id, brand);
    }
};
exports.BrandsService = BrandsService;
exports.BrandsService = BrandsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [brands_repository_1.BrandsRepository])
], BrandsService);
//# sourceMappingURL=brands.service.js.map