"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BearerAuthGuard = void 0;
const common_1 = require("@nestjs/common");
const passport_1 = require("@nestjs/passport");
const bearer_errors_1 = require("../errors/bearer.errors");
/**
 * Accepts an access token only from the Authorization header (RFC 6750 §2.1). A token in the
 * query string or the body is refused with `invalid_request`, so that it never reaches URLs,
 * logs or caches by accident.
 */
let BearerAuthGuard = class BearerAuthGuard extends (0, passport_1.AuthGuard)('bearer') {
    canActivate(context) {
        const request = context.switchToHttp().getRequest();
        if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
            throw bearer_errors_1.BearerError.invalidRequest('Send the access token in the Authorization header, not in the query string or body');
        }
        collapseSchemeSpaces(request);
        return super.canActivate(context);
    }
    handleRequest(error, principal, _info, _context, status) {
        if (error instanceof Error) {
            throw error;
        }
        if (status === 400) {
            throw bearer_errors_1.BearerError.invalidRequest('The Authorization header is malformed');
        }
        if (!principal) {
            throw bearer_errors_1.BearerError.missing();
        }
        return principal;
    }
};
exports.BearerAuthGuard = BearerAuthGuard;
exports.BearerAuthGuard = BearerAuthGuard = __decorate([
    (0, common_1.Injectable)()
], BearerAuthGuard);
function hasField(container, name) {
    return typeof container === 'object' && container !== null && name in container;
}
/**
 * Rewrites `Bearer   <token>` as `Bearer <token>`: RFC 6750 §2.1 allows one or more spaces after
 * the scheme, while passport-http-bearer splits the header at single spaces.
 */
function collapseSchemeSpaces(request) {
    const header = request.headers.authorization;
    const match = header ? /^(bearer) {2,}(\S+)$/i.exec(header) : null;
    if (match) {
        request.headers.authorization = `${match[1]} ${match[2]}`;
    }
}
//# sourceMappingURL=bearer-auth.guard.js.map