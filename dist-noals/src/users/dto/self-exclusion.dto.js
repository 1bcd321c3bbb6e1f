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
exports.SelfExclusionResponseDto = exports.SelfExclusionDto = exports.SELF_EXCLUSION_PERIODS = exports.SELF_EXCLUSION_INTERVALS = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
/** Self-exclusion periods, counted from the request, and their PostgreSQL interval. */
exports.SELF_EXCLUSION_INTERVALS = {
    '6_months': '6 months',
    '1_year': '1 year',
    '5_years': '5 years',
    permanent: null,
};
exports.SELF_EXCLUSION_PERIODS = Object.keys(exports.SELF_EXCLUSION_INTERVALS);
class SelfExclusionDto {
    period;
    static _OPENAPI_METADATA_FACTORY() {
        return { period: { required: true, enum: ["6_months", "1_year", "5_years", "permanent"], enum: exports.SELF_EXCLUSION_PERIODS } };
    }
}
exports.SelfExclusionDto = SelfExclusionDto;
__decorate([
    (0, class_validator_1.IsIn)(exports.SELF_EXCLUSION_PERIODS, {
        message: `period must be one of: ${exports.SELF_EXCLUSION_PERIODS.join(', ')}`,
    }),
    __metadata("design:type", String)
], SelfExclusionDto.prototype, "period", void 0);
class SelfExclusionResponseDto {
    /** @example "self_excluded" */
    status;
    /** @example "6_months" */
    period;
    /**
     * End of the self-exclusion, or null for a permanent one.
     * @example "2026-07-15T09:30:00.000Z"
     */
    self_excluded_until;
    static _OPENAPI_METADATA_FACTORY() {
        return { status: { required: true, example: "self_excluded", enum: ["pending", "active", "locked", "self_excluded", "closed"] }, period: { required: true, example: "6_months", enum: ["6_months", "1_year", "5_years", "permanent"] }, self_excluded_until: { required: true, type: () => Date, nullable: true, description: "End of the self-exclusion, or null for a permanent one.", example: "2026-07-15T09:30:00.000Z" } };
    }
}
exports.SelfExclusionResponseDto = SelfExclusionResponseDto;
//# sourceMappingURL=self-exclusion.dto.js.map