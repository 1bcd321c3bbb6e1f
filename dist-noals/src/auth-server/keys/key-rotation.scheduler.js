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
var KeyRotationScheduler_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyRotationScheduler = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const signing_keys_service_1 = require("./signing-keys.service");
/** Time between two checks for a due rotation or retirement. */
const CHECK_INTERVAL_MS = 60_000;
/**
 * Rotates the signing key every KEY_ROTATION_INTERVAL seconds (never when it is 0), retires
 * rotated keys once their tokens expired, and reloads the keys once a minute. Every instance
 * runs the check; the advisory lock and the age read under it make a due rotation happen once.
 */
let KeyRotationScheduler = KeyRotationScheduler_1 = class KeyRotationScheduler {
    keys;
    config;
    logger = new common_1.Logger(KeyRotationScheduler_1.name);
    timer;
    constructor(keys, config) {
        this.keys = keys;
        this.config = config;
    }
    onApplicationBootstrap() {
        this.timer = setInterval(() => void this.check(), CHECK_INTERVAL_MS).unref();
    }
    onModuleDestroy() {
        clearInterval(this.timer);
    }
    /** Runs one check now; failures are logged and the next check tries again. */
    async check() {
        try {
            if (this.config.KEY_ROTATION_INTERVAL > 0) {
                await this.keys.rotateIfOlderThan(this.config.KEY_ROTATION_INTERVAL);
            }
            await this.keys.retireExpired();
            // Covers a NOTIFY lost while the listener reconnected or a reload that failed.
            await this.keys.reload();
        }
        catch (error) {
            this.logger.error({ err: error }, 'Scheduled signing-key check failed');
        }
    }
};
exports.KeyRotationScheduler = KeyRotationScheduler;
exports.KeyRotationScheduler = KeyRotationScheduler = KeyRotationScheduler_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [signing_keys_service_1.SigningKeysService,
        app_config_1.AppConfig])
], KeyRotationScheduler);
//# sourceMappingURL=key-rotation.scheduler.js.map