"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PasswordHasher = exports.ARGON2_OPTIONS = void 0;
const argon2_1 = require("@node-rs/argon2");
const common_1 = require("@nestjs/common");
/** argon2id with the OWASP baseline: 19 MiB of memory, 2 passes, 1 lane. */
exports.ARGON2_OPTIONS = {
    algorithm: 2 /* Algorithm.Argon2id */,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
};
/** Hashes and checks player passwords. */
let PasswordHasher = class PasswordHasher {
    dummyHash;
    async onModuleInit() {
        this.dummyHash = await (0, argon2_1.hash)('dummy password for unknown users', exports.ARGON2_OPTIONS);
    }
    hash(password) {
        return (0, argon2_1.hash)(password, exports.ARGON2_OPTIONS);
    }
    async verify(passwordHash, password) {
        try {
            return await (0, argon2_1.verify)(passwordHash, password);
        }
        catch {
            return false;
        }
    }
    /**
     * Spends the time of one verification when no player matched, so that the response time does
     * not tell whether a username exists.
     */
    async verifyDummy(password) {
        await this.verify(this.dummyHash, password);
        return false;
    }
};
exports.PasswordHasher = PasswordHasher;
exports.PasswordHasher = PasswordHasher = __decorate([
    (0, common_1.Injectable)()
], PasswordHasher);
//# sourceMappingURL=password-hasher.service.js.map