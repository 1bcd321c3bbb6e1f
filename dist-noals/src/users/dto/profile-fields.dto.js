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
exports.ProfileFieldsDto = exports.GENDERS = void 0;
const openapi = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const presence_validators_1 = require("../../common/presence.validators");
exports.GENDERS = ['male', 'female', 'other'];
const trim = ({ value }) => typeof value === 'string' ? value.trim() : value;
const lowerCase = ({ value }) => typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value;
/**
 * Profile fields a player may change. Each is optional. Null clears a field whose column is
 * nullable and fails validation on the others.
 */
class ProfileFieldsDto {
    /** @example "ada@example.com" */
    email;
    /**
     * 3-32 letters, digits, dot, dash or underscore. At least one letter is required, so that a
     * nickname never reads as a mobile number at login. Unique in the brand, case-insensitively.
     * @example "ada_l"
     */
    nickname;
    /** @example "Ada" */
    first_name;
    /** @example "Lovelace" */
    last_name;
    /** @example "female" */
    gender;
    /**
     * ISO 639-1 code, optionally with a region: `en`, `pt-BR`.
     * @example "en"
     */
    language;
    /** @example "1 Republic Street" */
    address;
    /** @example "Valletta" */
    city;
    /** @example "VLT 1117" */
    postcode;
    /**
     * International dialling code with a plus sign: `+356`.
     * @example "+356"
     */
    mobile_code;
    /**
     * Digits only, without the dialling code.
     * @example "79123456"
     */
    mobile_number;
    /** @example true */
    receive_news;
    /** @example false */
    receive_sms;
    /** @example false */
    receive_snail;
    /** @example false */
    receive_phone;
    /**
     * Seconds between reality-check reminders; 0 turns them off.
     * @example 3600
     */
    reality_check;
    static _OPENAPI_METADATA_FACTORY() {
        return { email: { required: false, type: () => String, example: "ada@example.com", maxLength: 254, format: "email" }, nickname: { required: false, type: () => String, description: "3-32 letters, digits, dot, dash or underscore. At least one letter is required, so that a\nnickname never reads as a mobile number at login. Unique in the brand, case-insensitively.", example: "ada_l", pattern: "^(?=.*[A-Za-z])[A-Za-z0-9._-]{3,32}$" }, first_name: { required: false, type: () => String, example: "Ada", minLength: 1, maxLength: 100 }, last_name: { required: false, type: () => String, example: "Lovelace", minLength: 1, maxLength: 100 }, gender: { required: false, type: () => String, example: "female", enum: exports.GENDERS }, language: { required: false, type: () => String, description: "ISO 639-1 code, optionally with a region: `en`, `pt-BR`.", example: "en", pattern: "^[a-z]{2}(-[A-Z]{2})?$" }, address: { required: false, type: () => String, example: "1 Republic Street", maxLength: 200 }, city: { required: false, type: () => String, example: "Valletta", maxLength: 100 }, postcode: { required: false, type: () => String, example: "VLT 1117", pattern: "^[A-Za-z0-9 -]{2,20}$" }, mobile_code: { required: false, type: () => String, description: "International dialling code with a plus sign: `+356`.", example: "+356", pattern: "^\\+\\d{1,4}$" }, mobile_number: { required: false, type: () => String, description: "Digits only, without the dialling code.", example: "79123456", pattern: "^\\d{4,15}$" }, receive_news: { required: false, type: () => Boolean, example: true }, receive_sms: { required: false, type: () => Boolean, example: false }, receive_snail: { required: false, type: () => Boolean, example: false }, receive_phone: { required: false, type: () => Boolean, example: false }, reality_check: { required: false, type: () => Number, description: "Seconds between reality-check reminders; 0 turns them off.", example: 3600, minimum: 0, maximum: 86400 } };
    }
}
exports.ProfileFieldsDto = ProfileFieldsDto;
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_transformer_1.Transform)(lowerCase),
    (0, class_validator_1.IsEmail)({}, { message: 'email must be a valid email address' }),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "email", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^(?=.*[A-Za-z])[A-Za-z0-9._-]{3,32}$/, {
        message: 'nickname must be 3-32 letters, digits, dot, dash or underscore, with at least one letter',
    }),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "nickname", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "first_name", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "last_name", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsIn)(exports.GENDERS),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "gender", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.Matches)(/^[a-z]{2}(-[A-Z]{2})?$/, {
        message: 'language must be an ISO 639-1 code such as en or pt-BR',
    }),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "language", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "address", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(trim),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "city", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9 -]{2,20}$/, {
        message: 'postcode must be 2-20 letters, digits, spaces or dashes',
    }),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "postcode", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\+\d{1,4}$/, {
        message: 'mobile_code must be a plus sign and 1-4 digits, such as +356',
    }),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "mobile_code", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\d{4,15}$/, { message: 'mobile_number must be 4-15 digits' }),
    __metadata("design:type", String)
], ProfileFieldsDto.prototype, "mobile_number", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ProfileFieldsDto.prototype, "receive_news", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ProfileFieldsDto.prototype, "receive_sms", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ProfileFieldsDto.prototype, "receive_snail", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], ProfileFieldsDto.prototype, "receive_phone", void 0);
__decorate([
    (0, presence_validators_1.IsOptionalNotNull)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(86_400),
    __metadata("design:type", Number)
], ProfileFieldsDto.prototype, "reality_check", void 0);
//# sourceMappingURL=profile-fields.dto.js.map