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
var SigningKeysService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SigningKeysService = exports.SIGNING_ALGORITHM = void 0;
const node_crypto_1 = require("node:crypto");
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const notification_listener_1 = require("../tokens/notification-listener");
const key_encryption_1 = require("./key-encryption");
const signing_key_factory_1 = require("./signing-key-factory");
Object.defineProperty(exports, "SIGNING_ALGORITHM", { enumerable: true, get: function () { return signing_key_factory_1.SIGNING_ALGORITHM; } });
const signing_key_rotation_1 = require("./signing-key-rotation");
const signing_keys_repository_1 = require("./signing-keys.repository");
/**
 * Keeps the ES256 signing keys in memory as KeyObjects: the active key signs, and every unretired
 * key verifies. The first start creates a key; later starts load the keys from PostgreSQL and
 * decrypt the active one with KEY_ENCRYPTION_SECRET. A rotation or retirement on any instance
 * sends a NOTIFY on `signing_keys_changed`, and every instance reloads.
 */
let SigningKeysService = SigningKeysService_1 = class SigningKeysService {
    repository;
    listener;
    config;
    logger = new common_1.Logger(SigningKeysService_1.name);
    rotation;
    publicKeys = new Map();
    jwks = [];
    signingKey;
    /** Reloads run one after another, so that an older read never replaces a newer one. */
    reloading = Promise.resolve();
    constructor(repository, listener, config) {
        this.repository = repository;
        this.listener = listener;
        this.config = config;
        this.rotation = new signing_key_rotation_1.SigningKeyRotation(repository, config.KEY_ENCRYPTION_SECRET);
    }
    async onModuleInit() {
        if (await this.rotation.ensureActiveKey()) {
            this.logger.log('Created the first access-token signing key');
        }
        await this.listener.subscribe(signing_keys_repository_1.SIGNING_KEYS_CHANGED_CHANNEL, {
            onNotification: () => void this.reload().catch((error) => this.logReloadError(error)),
            onSubscribed: () => this.reload(),
        });
    }
    /** Returns the key that signs new access tokens. */
    current() {
        return this.signingKey;
    }
    /** Returns the public key with this `kid`, or undefined when none is known. */
    publicKey(kid) {
        return this.publicKeys.get(kid);
    }
    /** Lists the public keys as a JWK Set (RFC 7517), the signing key first. */
    publicJwks() {
        return this.jwks;
    }
    /** Creates a key that signs from now on, here at once and on other instances at their NOTIFY. */
    async rotate() {
        const result = await this.rotation.rotate();
        this.logger.log({ kid: result.key.kid, previousKid: result.previousKid }, 'Rotated the signing key');
        await this.reload();
        return result;
    }
    /** Rotates when the active key is older than `maxAgeSeconds`; see SigningKeyRotation. */
    async rotateIfOlderThan(maxAgeSeconds) {
        const result = await this.rotation.rotateIfOlderThan(maxAgeSeconds);
        if (result) {
            this.logger.log({ kid: result.key.kid, previousKid: result.previousKid }, 'Rotated the signing key on schedule');
            await this.reload();
        }
    }
    /** Retires the rotated keys whose tokens all expired. */
    async retireExpired() {
        const retired = await this.rotation.retireExpired();
        if (retired.length > 0) {
            this.logger.log({ kids: retired }, 'Retired signing keys');
            await this.reload();
        }
    }
    /** Reads the unretired keys again. */
    reload() {
        const next = this.reloading
            .catch(() => undefined)
            .then(async () => this.load(await this.repository.findUnretired()));
        this.reloading = next;
        return next;
    }
    load(keys) {
        const active = keys.find((key) => key.active);
        if (!active) {
            throw new Error('No active signing key is stored');
        }
        let signingKey;
        try {
            const pem = (0, key_encryption_1.decryptPrivateKey)(active.privateKeyEncrypted, this.config.KEY_ENCRYPTION_SECRET);
            signingKey = { kid: active.kid, privateKey: (0, node_crypto_1.createPrivateKey)(pem) };
        }
        catch {
            throw new Error(`Cannot decrypt signing key ${active.kid}: KEY_ENCRYPTION_SECRET differs from the one it was stored with`);
        }
        const publicKeys = new Map();
        for (const key of keys) {
            publicKeys.set(key.kid, (0, node_crypto_1.createPublicKey)({ key: key.publicJwk, format: 'jwk' }));
        }
        this.jwks = keys.map((key) => ({
            ...key.publicJwk,
            kid: key.kid,
            use: 'sig',
            alg: key.algorithm,
        }));
        this.publicKeys = publicKeys;
        this.signingKey = signingKey;
    }
    logReloadError(error) {
        this.logger.error({ err: error }, 'Could not reload the signing keys; keeping the loaded ones');
    }
};
exports.SigningKeysService = SigningKeysService;
exports.SigningKeysService = SigningKeysService = SigningKeysService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [signing_keys_repository_1.SigningKeysRepository,
        notification_listener_1.NotificationListener,
        app_config_1.AppConfig])
], SigningKeysService);
//# sourceMappingURL=signing-keys.service.js.map