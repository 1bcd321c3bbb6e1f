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
exports.BrandSettingsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
/**
 * Reads and writes the settings columns of `brands`. They are read from the database each time
 * and never cached, so a change applies to the next request on every instance.
 */
let BrandSettingsRepository = class BrandSettingsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async find(brandId, manager = this.dataSource.manager) {
        const rows = await manager.query(`SELECT debit_order AS "debitOrder" FROM brands WHERE id = $1`, [brandId]);
        return rows[0] ?? null;
    }
    /** Writes the given settings and returns all of them. */
    async update(brandId, changes) {
        const rows = await this.dataSource.query(`UPDATE brands SET debit_order = COALESCE($2, debit_order), updated_at = now()
       WHERE id = $1 RETURNING debit_order AS "debitOrder"`, [brandId, changes.debitOrder ?? null]);
        return rows[0]?.[0] ?? null;
    }
};
exports.BrandSettingsRepository = BrandSettingsRepository;
exports.BrandSettingsRepository = BrandSettingsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], BrandSettingsRepository);
//# sourceMappingURL=brand-settings.repository.js.map