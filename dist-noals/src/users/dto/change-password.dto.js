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
exports.ChangePasswordDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
/**
 * A password change. Only the presence of `new_password` is checked here, because
 * AccountSecurityService applies the password rules in one place.
 */
class ChangePasswordDto {
    /** @example "demo-player-pass" */
    current_password;
    /** @example "a-longer-new-passphrase" */
    new_password;
    static _OPENAPI_METADATA_FACTORY() {
        return { current_password: { required: true, type: () => String, example: "demo-player-pass", maxLength: 1024 }, new_password: { required: true, type: () => String, example: "a-longer-new-passphrase", maxLength: 1024 } };
    }
}
exports.ChangePasswordDto = ChangePasswordDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)({ message: 'current_password is required' }),
    (0, class_validator_1.MaxLength)(1024),
    __metadata("design:type", String)
], ChangePasswordDto.prototype, "current_password", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)({ message: 'new_password is required' }),
    (0, class_validator_1.MaxLength)(1024),
    __metadata("design:type", String)
], ChangePasswordDto.prototype, "new_password", void 0);
//# sourceMappingURL=change-password.dto.js.map