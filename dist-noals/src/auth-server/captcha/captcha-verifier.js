"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnconfiguredCaptchaVerifier = exports.CAPTCHA_VERIFIER = void 0;
const common_1 = require("@nestjs/common");
exports.CAPTCHA_VERIFIER = Symbol('CAPTCHA_VERIFIER');
/**
 * The verifier used while CAPTCHA_VERIFY_URL is unset: a client with `captcha_required` cannot
 * log players in by password.
 */
let UnconfiguredCaptchaVerifier = class UnconfiguredCaptchaVerifier {
    verify() {
        return Promise.resolve('unconfigured');
    }
};
exports.UnconfiguredCaptchaVerifier = UnconfiguredCaptchaVerifier;
exports.UnconfiguredCaptchaVerifier = UnconfiguredCaptchaVerifier = __decorate([
    (0, common_1.Injectable)()
], UnconfiguredCaptchaVerifier);
//# sourceMappingURL=captcha-verifier.js.map