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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeysController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const audit_service_1 = require("../../audit/audit.service");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const rate_limit_decorator_1 = require("../../common/rate-limit/rate-limit.decorator");
const scopes_1 = require("../../common/scopes");
const signing_key_response_dto_1 = require("./dto/signing-key-response.dto");
const signing_key_rotation_1 = require("./signing-key-rotation");
const signing_keys_service_1 = require("./signing-keys.service");
/** Operator actions on the access-token signing keys, which every brand shares. */
let KeysController = class KeysController {
    keys;
    audit;
    constructor(keys, audit) {
        this.keys = keys;
        this.audit = audit;
    }
    async rotate(principal) {
        const { key, previousKid } = await this.keys.rotate();
        this.audit.record('signing_key_rotated', {
            clientId: principal.clientId,
            details: { kid: key.kid, previous_kid: previousKid, brand: principal.brand },
        });
        return signing_key_response_dto_1.RotatedSigningKeyResponseDto.from(key, previousKid, signing_key_rotation_1.ROTATED_KEY_RETENTION_SECONDS);
    }
};
exports.KeysController = KeysController;
__decorate([
    (0, common_1.Post)('rotate'),
    (0, common_1.HttpCode)(common_1.HttpStatus.CREATED),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.KeysWrite)
    // Every rotation adds a key to the JWK Set for a day, so a loop of rotations is cut short.
    ,
    (0, rate_limit_decorator_1.RateLimit)('keys_rotate', { maxRequests: 10, windowSeconds: 3600 }),
    (0, swagger_1.ApiOperation)({
        summary: 'Rotate the access-token signing key; the previous key keeps verifying until its tokens expired',
    }),
    openapi.ApiResponse({ status: common_1.HttpStatus.CREATED, type: require("./dto/signing-key-response.dto").RotatedSigningKeyResponseDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], KeysController.prototype, "rotate", null);
exports.KeysController = KeysController = __decorate([
    (0, swagger_1.ApiTags)('keys'),
    (0, common_1.Controller)('keys'),
    __metadata("design:paramtypes", [signing_keys_service_1.SigningKeysService,
        audit_service_1.AuditService])
], KeysController);
//# sourceMappingURL=keys.controller.js.map