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
exports.ScopesGuard = exports.REQUIRED_SCOPES = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const bearer_errors_1 = require("../errors/bearer.errors");
exports.REQUIRED_SCOPES = 'required_scopes';
/**
 * Lets a request through when its token carries every scope the route requires. Runs after
 * BearerAuthGuard, which sets `request.user`.
 */
let ScopesGuard = class ScopesGuard {
    reflector;
    constructor(reflector) {
        this.reflector = reflector;
    }
    canActivate(context) {
        const required = this.reflector.getAllAndOverride(exports.REQUIRED_SCOPES, [
            context.getHandler(),
            context.getClass(),
        ]);
        const principal = context.switchToHttp().getRequest().user;
        if (!principal) {
            throw bearer_errors_1.BearerError.missing();
        }
        if (required && !required.every((scope) => principal.scopes.has(scope))) {
            throw bearer_errors_1.BearerError.insufficientScope(required);
        }
        return true;
    }
};
exports.ScopesGuard = ScopesGuard;
exports.ScopesGuard = ScopesGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector])
], ScopesGuard);
//# sourceMappingURL=scopes.guard.js.map