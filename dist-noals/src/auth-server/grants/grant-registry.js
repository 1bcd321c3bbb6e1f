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
exports.GrantRegistry = void 0;
const common_1 = require("@nestjs/common");
const grant_1 = require("./grant");
/** The grant handlers of the token endpoint, by `grant_type`. */
let GrantRegistry = class GrantRegistry {
    grants;
    constructor(grants) {
        this.grants = new Map(grants.map((grant) => [grant.grantType, grant]));
    }
    find(grantType) {
        return this.grants.get(grantType);
    }
    grantTypes() {
        return [...this.grants.keys()];
    }
};
exports.GrantRegistry = GrantRegistry;
exports.GrantRegistry = GrantRegistry = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(grant_1.GRANTS)),
    __metadata("design:paramtypes", [Array])
], GrantRegistry);
//# sourceMappingURL=grant-registry.js.map