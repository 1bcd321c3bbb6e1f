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
exports.PaginationQueryDto = exports.MAX_PAGE = exports.MAX_PER_PAGE = void 0;
const openapi = require("@nestjs/swagger");
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
exports.MAX_PER_PAGE = 100;
/** Highest page number accepted, which keeps the row offset within PostgreSQL's bigint. */
exports.MAX_PAGE = 1_000_000;
/**
 * `page` and `per_page` query parameters of every paginated list, each optional with a default.
 * The decorators mark them as optional integers in the OpenAPI document, because the compiler
 * plugin reads optionality only from a question mark, which would type them `number | undefined`.
 */
class PaginationQueryDto {
    /** 1-based page number, at most 1,000,000. */
    page = 1;
    /** Items per page, 1-100. */
    per_page = 20;
    static _OPENAPI_METADATA_FACTORY() {
        return { page: { required: true, type: () => Number, description: "1-based page number, at most 1,000,000.", default: 1, minimum: 1, maximum: exports.MAX_PAGE }, per_page: { required: true, type: () => Number, description: "Items per page, 1-100.", default: 20, minimum: 1, maximum: exports.MAX_PER_PAGE } };
    }
}
exports.PaginationQueryDto = PaginationQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(exports.MAX_PAGE),
    (0, swagger_1.ApiPropertyOptional)({ type: 'integer', example: 1 }),
    __metadata("design:type", Number)
], PaginationQueryDto.prototype, "page", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(exports.MAX_PER_PAGE),
    (0, swagger_1.ApiPropertyOptional)({ type: 'integer', example: 20 }),
    __metadata("design:type", Number)
], PaginationQueryDto.prototype, "per_page", void 0);
//# sourceMappingURL=pagination.dto.js.map