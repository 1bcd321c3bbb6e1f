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
exports.GamePageDto = exports.GameDto = exports.GameQueryDto = exports.UpdateGameDto = exports.CreateGameDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
class CreateGameDto {
    /** @example "Book of Gold" */
    name;
    /** @example "sandbox-games" */
    provider;
    /** @example "slots" */
    category;
    /**
     * Whether bets on this game count towards a bonus's wager goal; true when absent.
     * @example true
     */
    counts_for_wagering;
    static _OPENAPI_METADATA_FACTORY() {
        return { name: { required: true, type: () => String, example: "Book of Gold", minLength: 1, maxLength: 100 }, provider: { required: true, type: () => String, example: "sandbox-games", minLength: 1, maxLength: 64 }, category: { required: true, type: () => String, example: "slots", minLength: 1, maxLength: 64 }, counts_for_wagering: { required: false, type: () => Boolean, description: "Whether bets on this game count towards a bonus's wager goal; true when absent.", example: true } };
    }
}
exports.CreateGameDto = CreateGameDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100, { message: 'name must be a string of 1-100 characters' }),
    __metadata("design:type", String)
], CreateGameDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 64, { message: 'provider must be a string of 1-64 characters' }),
    __metadata("design:type", String)
], CreateGameDto.prototype, "provider", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 64, { message: 'category must be a string of 1-64 characters' }),
    __metadata("design:type", String)
], CreateGameDto.prototype, "category", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)({ message: 'counts_for_wagering must be a boolean' }),
    __metadata("design:type", Boolean)
], CreateGameDto.prototype, "counts_for_wagering", void 0);
class UpdateGameDto {
    /** @example "Book of Gold" */
    name;
    /** @example "slots" */
    category;
    /** @example false */
    counts_for_wagering;
    static _OPENAPI_METADATA_FACTORY() {
        return { name: { required: false, type: () => String, example: "Book of Gold", minLength: 1, maxLength: 100 }, category: { required: false, type: () => String, example: "slots", minLength: 1, maxLength: 64 }, counts_for_wagering: { required: false, type: () => Boolean, example: false } };
    }
}
exports.UpdateGameDto = UpdateGameDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100, { message: 'name must be a string of 1-100 characters' }),
    __metadata("design:type", String)
], UpdateGameDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 64, { message: 'category must be a string of 1-64 characters' }),
    __metadata("design:type", String)
], UpdateGameDto.prototype, "category", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)({ message: 'counts_for_wagering must be a boolean' }),
    __metadata("design:type", Boolean)
], UpdateGameDto.prototype, "counts_for_wagering", void 0);
class GameQueryDto extends pagination_dto_1.PaginationQueryDto {
    static _OPENAPI_METADATA_FACTORY() {
        return {};
    }
}
exports.GameQueryDto = GameQueryDto;
class GameDto {
    /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
    id;
    /** @example "Book of Gold" */
    name;
    /** @example "sandbox-games" */
    provider;
    /** @example "slots" */
    category;
    /** @example true */
    counts_for_wagering;
    static from(game) {
        return {
            id: game.id,
            name: game.name,
            provider: game.provider,
            category: game.category,
            counts_for_wagering: game.countsForWagering,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" }, name: { required: true, type: () => String, example: "Book of Gold" }, provider: { required: true, type: () => String, example: "sandbox-games" }, category: { required: true, type: () => String, example: "slots" }, counts_for_wagering: { required: true, type: () => Boolean, example: true } };
    }
}
exports.GameDto = GameDto;
class GamePageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 42 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./game.dto").GameDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 42 } };
    }
}
exports.GamePageDto = GamePageDto;
//# sourceMappingURL=game.dto.js.map