"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PasswordPolicy = exports.PASSWORD_MAX_LENGTH = exports.PASSWORD_MIN_LENGTH = void 0;
const common_1 = require("@nestjs/common");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const common_passwords_1 = require("./common-passwords");
exports.PASSWORD_MIN_LENGTH = 8;
exports.PASSWORD_MAX_LENGTH = 128;
/**
 * The rules every player password follows, at registration, back-office creation and password
 * changes: 8-128 characters, not a trivially common password, and not the account's email or
 * nickname. Length counts Unicode code points, so an emoji counts as one character.
 */
let PasswordPolicy = class PasswordPolicy {
    /** Returns one message per broken rule; empty when the password is acceptable. */
    check(password, context = {}) {
        const length = [...password].length;
        if (length < exports.PASSWORD_MIN_LENGTH) {
            return [`password must be at least ${exports.PASSWORD_MIN_LENGTH} characters long`];
        }
        if (length > exports.PASSWORD_MAX_LENGTH) {
            return [`password must be at most ${exports.PASSWORD_MAX_LENGTH} characters long`];
        }
        const problems = [];
        const lowerCased = password.toLowerCase();
        if (common_passwords_1.COMMON_PASSWORDS.has(lowerCased)) {
            problems.push('password is too common and easy to guess; choose a less predictable one');
        }
        if (sameText(lowerCased, context.email)) {
            problems.push('password must not be the same as the email');
        }
        if (sameText(lowerCased, context.nickname)) {
            problems.push('password must not be the same as the nickname');
        }
        return problems;
    }
    /** Throws a validation error on the `password` field unless the password is acceptable. */
    assertAcceptable(password, context = {}) {
        const problems = this.check(password, context);
        if (problems.length > 0) {
            throw new validation_failed_exception_1.ValidationFailedException({ password: problems });
        }
    }
};
exports.PasswordPolicy = PasswordPolicy;
exports.PasswordPolicy = PasswordPolicy = __decorate([
    (0, common_1.Injectable)()
], PasswordPolicy);
function sameText(lowerCasedPassword, value) {
    return typeof value === 'string' && value.trim().toLowerCase() === lowerCasedPassword;
}
//# sourceMappingURL=password-policy.service.js.map