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
exports.RegisterUserDto = void 0;
const openapi = require("@nestjs/swagger");
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const presence_validators_1 = require("../../common/presence.validators");
const create_user_dto_1 = require("./create-user.dto");
const trim = ({ value }) => typeof value === 'string' ? value.trim() : value;
/**
 * A player's own sign-up, with the fields of the XCaliber CreateUserInput. Every field but
 * `nickname` is required; the back-office-only fields of CreateUserDto are not accepted.
 */
class RegisterUserDto extends (0, swagger_1.OmitType)(create_user_dto_1.CreateUserDto, [
    'jurisdiction',
    'receive_snail',
    'receive_phone',
    'reality_check',
]) {
    /**
     * The brand's public app, which names the brand the player joins.
     * @example "xcasino"
     */
    client_id;
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, description: "The brand's public app, which names the brand the player joins.", example: "xcasino", maxLength: 64 }, address: { required: true, type: () => String, example: "1 Republic Street", minLength: 1, maxLength: 200 }, city: { required: true, type: () => String, example: "Valletta", minLength: 1, maxLength: 100 }, postcode: { required: true, type: () => String, example: "VLT 1117", pattern: "^[A-Za-z0-9 -]{2,20}$" }, mobile_code: { required: true, type: () => String, example: "+356", pattern: "^\\+\\d{1,4}$" }, mobile_number: { required: true, type: () => String, example: "79123456", pattern: "^\\d{4,15}$" }, receive_news: { required: true, type: () => Boolean, example: true }, receive_sms: { required: true, type: () => Boolean, example: false }, accepted_terms: { required: true, type: () => Boolean, description: "Must be true: a player cannot join without accepting the terms.", example: true } };
    }
}
exports.RegisterUserDto = RegisterUserDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "client_id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "address", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "city", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9 -]{2,20}$/, {
        message: 'postcode must be 2-20 letters, digits, spaces or dashes',
    }),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "postcode", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.Matches)(/^\+\d{1,4}$/, {
        message: 'mobile_code must be a plus sign and 1-4 digits, such as +356',
    }),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "mobile_code", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.Matches)(/^\d{4,15}$/, { message: 'mobile_number must be 4-15 digits' }),
    __metadata("design:type", String)
], RegisterUserDto.prototype, "mobile_number", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], RegisterUserDto.prototype, "receive_news", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ required: true }),
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], RegisterUserDto.prototype, "receive_sms", void 0);
__decorate([
    (0, class_validator_1.Equals)(true, { message: 'accepted_terms must be true to register' }),
    __metadata("design:type", Boolean)
], RegisterUserDto.prototype, "accepted_terms", void 0);
//# sourceMappingURL=register-user.dto.js.map