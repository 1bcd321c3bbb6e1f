"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BootstrapModule = void 0;
const common_1 = require("@nestjs/common");
const games_module_1 = require("../gaming/games/games.module");
const payment_methods_module_1 = require("../gaming/payment-methods/payment-methods.module");
const users_module_1 = require("../users/users.module");
const bootstrap_service_1 = require("./bootstrap.service");
let BootstrapModule = class BootstrapModule {
};
exports.BootstrapModule = BootstrapModule;
exports.BootstrapModule = BootstrapModule = __decorate([
    (0, common_1.Module)({
        imports: [users_module_1.UsersModule, payment_methods_module_1.PaymentMethodsModule, games_module_1.GamesModule],
        providers: [bootstrap_service_1.BootstrapService],
        exports: [bootstrap_service_1.BootstrapService],
    })
], BootstrapModule);
//# sourceMappingURL=bootstrap.module.js.map