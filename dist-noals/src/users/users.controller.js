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
exports.UsersController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const optional_scopes_1 = require("../common/auth/optional-scopes");
const scopes_decorator_1 = require("../common/auth/scopes.decorator");
const api_error_dto_1 = require("../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../common/rate-limit/rate-limit.decorator");
const scopes_1 = require("../common/scopes");
const validation_1 = require("../common/validation");
const create_user_dto_1 = require("./dto/create-user.dto");
const identity_dto_1 = require("./dto/identity.dto");
const register_user_dto_1 = require("./dto/register-user.dto");
const update_profile_dto_1 = require("./dto/update-profile.dto");
const registration_service_1 = require("./registration.service");
const users_service_1 = require("./users.service");
let UsersController = class UsersController {
    users;
    registration;
    constructor(users, registration) {
        this.users = users;
        this.registration = registration;
    }
    async me(principal) {
        return identity_dto_1.IdentityDto.from(await this.users.getForPrincipal(principal));
    }
    async updateMe(principal, dto) {
        return identity_dto_1.IdentityDto.from(await this.users.updateProfile(principal, dto));
    }
    async create(principal, body) {
        if (!principal) {
            const dto = await (0, validation_1.validateBody)(register_user_dto_1.RegisterUserDto, body);
            return identity_dto_1.IdentityDto.from(await this.registration.register(dto));
        }
        const dto = await (0, validation_1.validateBody)(create_user_dto_1.CreateUserDto, body);
        return identity_dto_1.IdentityDto.from(await this.users.createActive(principal, dto));
    }
    async get(principal, id) {
        return identity_dto_1.IdentityDto.from(await this.users.getInBrandOf(principal, id));
    }
};
exports.UsersController = UsersController;
__decorate([
    (0, common_1.Get)('me'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileRead),
    (0, swagger_1.ApiOperation)({ summary: "Read the player's own profile" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/identity.dto").IdentityDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "me", null);
__decorate([
    (0, common_1.Patch)('me'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({ summary: "Change the player's own profile" }),
    (0, swagger_1.ApiConflictResponse)({
        description: 'Email, nickname or mobile number already used in the brand',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/identity.dto").IdentityDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, update_profile_dto_1.UpdateProfileDto]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "updateMe", null);
__decorate([
    (0, common_1.Post)(),
    (0, rate_limit_decorator_1.RateLimit)('registration'),
    (0, optional_scopes_1.ScopesWhenAuthenticated)(scopes_1.Scope.UsersWrite),
    (0, swagger_1.ApiOperation)({
        summary: 'Register a player, or create one from the back office',
        description: "Without a bearer token: a player's own registration (RegisterUserDto) in the brand of the public client client_id; the player is pending until the activation_code grant. With a back-office token (users:write): CreateUserDto, and the player is active at once.",
    }),
    (0, swagger_1.ApiExtraModels)(create_user_dto_1.CreateUserDto, register_user_dto_1.RegisterUserDto),
    (0, swagger_1.ApiBody)({
        schema: {
            oneOf: [{ $ref: (0, swagger_1.getSchemaPath)(register_user_dto_1.RegisterUserDto) }, { $ref: (0, swagger_1.getSchemaPath)(create_user_dto_1.CreateUserDto) }],
        },
    }),
    (0, swagger_1.ApiCreatedResponse)({ type: identity_dto_1.IdentityDto }),
    (0, swagger_1.ApiBadRequestResponse)({ description: 'Invalid fields', type: api_error_dto_1.ApiErrorDto }),
    (0, swagger_1.ApiConflictResponse)({
        description: 'Email, nickname or mobile number already used in the brand',
        type: api_error_dto_1.ApiErrorDto,
    }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "create", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.UsersRead),
    (0, swagger_1.ApiOperation)({ summary: 'Read a player of the brand' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such player in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/identity.dto").IdentityDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "get", null);
exports.UsersController = UsersController = __decorate([
    (0, swagger_1.ApiTags)('users'),
    (0, common_1.Controller)('users'),
    __metadata("design:paramtypes", [users_service_1.UsersService,
        registration_service_1.RegistrationService])
], UsersController);
//# sourceMappingURL=users.controller.js.map