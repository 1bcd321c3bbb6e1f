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
exports.BrandSettingsDto = exports.UpdateBrandSettingsDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const brand_settings_1 = require("../brand-settings");
const DEBIT_ORDER_MESSAGE = `debit_order must be one of ${brand_settings_1.DEBIT_ORDERS.join(', ')}`;
class UpdateBrandSettingsDto {
    /**
     * The order in which a round's bet is taken from the balances: `real_first` takes real money
     * first and then bonus money, `bonus_first` the reverse.
     * @example "bonus_first"
     */
    debit_order;
    static _OPENAPI_METADATA_FACTORY() {
        return { debit_order: { required: false, description: "The order in which a round's bet is taken from the balances: `real_first` takes real money\nfirst and then bonus money, `bonus_first` the reverse.", example: "bonus_first", enum: ["real_first", "bonus_first"], enum: brand_settings_1.DEBIT_ORDERS } };
    }
}
exports.UpdateBrandSettingsDto = UpdateBrandSettingsDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(brand_settings_1.DEBIT_ORDERS, { message: DEBIT_ORDER_MESSAGE }),
    __metadata("design:type", String)
], UpdateBrandSettingsDto.prototype, "debit_order", void 0);
class BrandSettingsDto {
    /** The order in which a round's bet is taken from the balances. @example "real_first" */
    debit_order;
    static from(settings) {
        return { debit_order: settings.debitOrder };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { debit_order: { required: true, description: "The order in which a round's bet is taken from the balances.", example: "real_first", enum: ["real_first", "bonus_first"] } };
    }
}
exports.BrandSettingsDto = BrandSettingsDto;
//# sourceMappingURL=brand-settings.dto.js.map