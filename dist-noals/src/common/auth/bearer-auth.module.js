"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BearerAuthModule = void 0;
const common_1 = require("@nestjs/common");
const passport_1 = require("@nestjs/passport");
const bearer_auth_guard_1 = require("./bearer-auth.guard");
const bearer_strategy_1 = require("./bearer.strategy");
const scopes_guard_1 = require("./scopes.guard");
/** Registers the bearer strategy and the guards that the `@Scopes()` decorator applies. */
let BearerAuthModule = class BearerAuthModule {
};
exports.BearerAuthModule = BearerAuthModule;
exports.BearerAuthModule = BearerAuthModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        imports: [passport_1.PassportModule],
        providers: [bearer_strategy_1.BearerStrategy, bearer_auth_guard_1.BearerAuthGuard, scopes_guard_1.ScopesGuard],
        exports: [bearer_auth_guard_1.BearerAuthGuard, scopes_guard_1.ScopesGuard],
    })
], BearerAuthModule);
//# sourceMappingURL=bearer-auth.module.js.map