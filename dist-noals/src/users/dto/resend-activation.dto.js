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
exports.ResendActivationResponseDto = exports.ResendActivationDto = void 0;
const openapi = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
/** A request for a new activation code. */
class ResendActivationDto {
    /**
     * The brand's public app.
     * @example "xcasino"
     */
    client_id;
    /** @example "ada@example.com" */
    email;
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, description: "The brand's public app.", example: "xcasino", maxLength: 64 }, email: { required: true, type: () => String, example: "ada@example.com", maxLength: 254, format: "email" } };
    }
}
exports.ResendActivationDto = ResendActivationDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], ResendActivationDto.prototype, "client_id", void 0);
__decorate([
    (0, class_transformer_1.Transform)(({ value }) => typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value),
    (0, class_validator_1.IsEmail)({}, { message: 'email must be a valid email address' }),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], ResendActivationDto.prototype, "email", void 0);
/** Response body of every accepted resend request, whatever the email matched. */
class ResendActivationResponseDto {
    /** @example "If a player of this brand is waiting for activation with this email, a new activation code was sent" */
    message;
    static _OPENAPI_METADATA_FACTORY() {
        return { message: { required: true, type: () => String, example: "If a player of this brand is waiting for activation with this email, a new activation code was sent" } };
    }
}
exports.ResendActivationResponseDto = ResendActivationResponseDto;
//# sourceMappingURL=resend-activation.dto.js.map