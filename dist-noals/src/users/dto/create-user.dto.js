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
exports.CreateUserDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const class_transformer_1 = require("class-transformer");
const presence_validators_1 = require("../../common/presence.validators");
const password_policy_validator_1 = require("../password-policy/password-policy.validator");
const adult_birthday_validator_1 = require("./adult-birthday.validator");
const profile_fields_dto_1 = require("./profile-fields.dto");
/** A player created by the back office; the account is active at once. */
class CreateUserDto extends profile_fields_dto_1.ProfileFieldsDto {
    /**
     * 8-128 characters, not a common password, and neither the email nor the nickname.
     * @example "correct-horse-battery"
     */
    password;
    /**
     * YYYY-MM-DD; the player must be at least 18.
     * @example "1990-05-17"
     */
    birthday;
    /**
     * ISO 3166-1 alpha-2, upper case.
     * @example "MT"
     */
    country;
    /**
     * ISO 4217, upper case.
     * @example "EUR"
     */
    currency;
    /** @example "MT" */
    jurisdiction;
    /** @example true */
    accepted_terms;
    static _OPENAPI_METADATA_FACTORY() {
        return { email: { required: true, type: () => String, example: "ada@example.com", maxLength: 254, format: "email" }, password: { required: true, type: () => String, description: "8-128 characters, not a common password, and neither the email nor the nickname.", example: "correct-horse-battery" }, first_name: { required: true, type: () => String, example: "Ada", minLength: 1, maxLength: 100 }, last_name: { required: true, type: () => String, example: "Lovelace", minLength: 1, maxLength: 100 }, birthday: { required: true, type: () => String, description: "YYYY-MM-DD; the player must be at least 18.", example: "1990-05-17" }, gender: { required: true, type: () => String, example: "female", enum: profile_fields_dto_1.GENDERS }, country: { required: true, type: () => String, description: "ISO 3166-1 alpha-2, upper case.", example: "MT", pattern: "^[A-Z]{2}$" }, currency: { required: true, type: () => String, description: "ISO 4217, upper case.", example: "EUR", pattern: "^[A-Z]{3}$" }, language: { required: true, type: () => String, example: "en", pattern: "^[a-z]{2}(-[A-Z]{2})?$" }, jurisdiction: { required: false, type: () => String, example: "MT", maxLength: 32 }, accepted_terms: { required: true, type: () => Boolean, example: true } };
    }
}
exports.CreateUserDto = CreateUserDto;
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_transformer_1.Transform)(({ value }) => typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value),
    (0, class_validator_1.IsEmail)({}, { message: 'email must be a valid email address' }),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], CreateUserDto.prototype, "email", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Validate)(password_policy_validator_1.MeetsPasswordPolicy),
    __metadata("design:type", String)
], CreateUserDto.prototype, "password", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CreateUserDto.prototype, "first_name", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CreateUserDto.prototype, "last_name", void 0);
__decorate([
    (0, class_validator_1.Validate)(adult_birthday_validator_1.AdultBirthday),
    __metadata("design:type", String)
], CreateUserDto.prototype, "birthday", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.IsIn)(profile_fields_dto_1.GENDERS),
    __metadata("design:type", String)
], CreateUserDto.prototype, "gender", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^[A-Z]{2}$/, { message: 'country must be an upper-case ISO 3166-1 alpha-2 code' }),
    (0, class_validator_1.IsISO31661Alpha2)({ message: 'country must be an ISO 3166-1 alpha-2 code' }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "country", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^[A-Z]{3}$/, { message: 'currency must be an upper-case ISO 4217 code' }),
    (0, class_validator_1.IsISO4217CurrencyCode)({ message: 'currency must be an ISO 4217 code' }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "currency", void 0);
__decorate([
    (0, presence_validators_1.IsRequired)(),
    (0, class_validator_1.Matches)(/^[a-z]{2}(-[A-Z]{2})?$/, {
        message: 'language must be an ISO 639-1 code such as en or pt-BR',
    }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "language", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(32),
    __metadata("design:type", String)
], CreateUserDto.prototype, "jurisdiction", void 0);
__decorate([
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CreateUserDto.prototype, "accepted_terms", void 0);
//# sourceMappingURL=create-user.dto.js.map