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
exports.BrandsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const brand_entity_1 = require("./brand.entity");
let BrandsRepository = class BrandsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    findByCode(code) {
        return this.dataSource.getRepository(brand_entity_1.BrandEntity).findOneBy({ code });
    }
    findById(id) {
        return this.dataSource.getRepository(brand_entity_1.BrandEntity).findOneBy({ id });
    }
    count() {
        return this.dataSource.getRepository(brand_entity_1.BrandEntity).count();
    }
    /** Creates the brand unless one with this code exists, and returns it either way. */
    async ensure(code, name, manager) {
        const executor = manager ?? this.dataSource.manager;
        await executor
            .createQueryBuilder()
            .insert()
            .into(brand_entity_1.BrandEntity)
            .values({ code, name })
            .orIgnore()
            .execute();
        return executor.findOneByOrFail(brand_entity_1.BrandEntity, { code });
    }
};
exports.BrandsRepository = BrandsRepository;
exports.BrandsRepository = BrandsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], BrandsRepository);
//# sourceMappingURL=brands.repository.js.map