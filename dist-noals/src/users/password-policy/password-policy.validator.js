"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeetsPasswordPolicy = void 0;
const class_validator_1 = require("class-validator");
const password_policy_service_1 = require("./password-policy.service");
const policy = new password_policy_service_1.PasswordPolicy();
/**
 * Applies PasswordPolicy to a DTO's `password`, taking the email and nickname from the same
 * body, so that its messages come back with the other field errors in one 400.
 */
let MeetsPasswordPolicy = class MeetsPasswordPolicy {
    validate(value, args) {
        return typeof value === 'string' && policy.check(value, contextOf(args)).length === 0;
    }
    defaultMessage(args) {
        if (typeof args.value !== 'string') {
            return 'password must be a string';
        }
        return policy.check(args.value, contextOf(args)).join('; ');
    }
};
exports.MeetsPasswordPolicy = MeetsPasswordPolicy;
exports.MeetsPasswordPolicy = MeetsPasswordPolicy = __decorate([
    (0, class_validator_1.ValidatorConstraint)({ name: 'passwordPolicy' })
], MeetsPasswordPolicy);
function contextOf(args) {
    const body = args.object;
    return {
        email: typeof body.email === 'string' ? body.email : undefined,
        nickname: typeof body.nickname === 'string' ? body.nickname : undefined,
    };
}
//# sourceMappingURL=password-policy.validator.js.map