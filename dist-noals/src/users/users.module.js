"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsersModule = void 0;
const common_1 = require("@nestjs/common");
const account_security_controller_1 = require("./account-security.controller");
const account_security_service_1 = require("./account-security.service");
const notifications_module_1 = require("../notifications/notifications.module");
const activation_codes_repository_1 = require("./activation/activation-codes.repository");
const activation_service_1 = require("./activation/activation.service");
const activation_controller_1 = require("./activation.controller");
const password_hasher_service_1 = require("./password-hasher.service");
const password_policy_service_1 = require("./password-policy/password-policy.service");
const registration_service_1 = require("./registration.service");
const users_controller_1 = require("./users.controller");
const users_repository_1 = require("./users.repository");
const users_service_1 = require("./users.service");
let UsersModule = class UsersModule {
};
exports.UsersModule = UsersModule;
exports.UsersModule = UsersModule = __decorate([
    (0, common_1.Module)({
        imports: [notifications_module_1.NotificationsModule],
        controllers: [users_controller_1.UsersController, activation_controller_1.ActivationController, account_security_controller_1.AccountSecurityController],
        providers: [
            users_repository_1.UsersRepository,
            users_service_1.UsersService,
            password_hasher_service_1.PasswordHasher,
            password_policy_service_1.PasswordPolicy,
            registration_service_1.RegistrationService,
            activation_codes_repository_1.ActivationCodesRepository,
            activation_service_1.ActivationService,
            account_security_service_1.AccountSecurityService,
        ],
        exports: [users_service_1.UsersService, password_policy_service_1.PasswordPolicy, activation_service_1.ActivationService],
    })
], UsersModule);
//# sourceMappingURL=users.module.js.map