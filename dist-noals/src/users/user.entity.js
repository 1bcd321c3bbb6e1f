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
exports.UserEntity = exports.USER_STATUSES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
const brand_entity_1 = require("../brands/brand.entity");
exports.USER_STATUSES = ['pending', 'active', 'locked', 'self_excluded', 'closed'];
/** A player: the resource owner. Unique email, nickname and mobile number within a brand. */
let UserEntity = class UserEntity {
    id;
    brandId;
    brand;
    /** Stored lower-cased. */
    email;
    nickname;
    mobileCode;
    mobileNumber;
    passwordHash;
    firstName;
    lastName;
    /** Calendar date, YYYY-MM-DD. */
    birthday;
    gender;
    /** ISO 3166-1 alpha-2. */
    country;
    /** ISO 4217. */
    currency;
    language;
    address;
    city;
    postcode;
    jurisdiction;
    acceptedTerms;
    receiveNews;
    receiveSms;
    receiveSnail;
    receivePhone;
    status;
    /** End of a self-exclusion. Null while the status is `self_excluded` means a permanent one. */
    selfExcludedUntil;
    deposited;
    lastLogin;
    /** Seconds between reality-check reminders; 0 turns them off. */
    realityCheck;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, brand: { required: true, type: () => require("../brands/brand.entity").BrandEntity }, email: { required: true, type: () => String, description: "Stored lower-cased." }, nickname: { required: true, type: () => String, nullable: true }, mobileCode: { required: true, type: () => String, nullable: true }, mobileNumber: { required: true, type: () => String, nullable: true }, passwordHash: { required: true, type: () => String }, firstName: { required: true, type: () => String }, lastName: { required: true, type: () => String }, birthday: { required: true, type: () => String, description: "Calendar date, YYYY-MM-DD." }, gender: { required: true, type: () => String }, country: { required: true, type: () => String, description: "ISO 3166-1 alpha-2." }, currency: { required: true, type: () => String, description: "ISO 4217." }, language: { required: true, type: () => String }, address: { required: true, type: () => String, nullable: true }, city: { required: true, type: () => String, nullable: true }, postcode: { required: true, type: () => String, nullable: true }, jurisdiction: { required: true, type: () => String, nullable: true }, acceptedTerms: { required: true, type: () => Boolean }, receiveNews: { required: true, type: () => Boolean }, receiveSms: { required: true, type: () => Boolean }, receiveSnail: { required: true, type: () => Boolean }, receivePhone: { required: true, type: () => Boolean }, status: { required: true, enum: ["pending", "active", "locked", "self_excluded", "closed"] }, selfExcludedUntil: { required: true, type: () => Date, nullable: true, description: "End of a self-exclusion. Null while the status is `self_excluded` means a permanent one." }, deposited: { required: true, type: () => Boolean }, lastLogin: { required: true, type: () => Date, nullable: true }, realityCheck: { required: true, type: () => Number, description: "Seconds between reality-check reminders; 0 turns them off." }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.UserEntity = UserEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], UserEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], UserEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => brand_entity_1.BrandEntity, { onDelete: 'RESTRICT' }),
    (0, typeorm_1.JoinColumn)({ name: 'brand_id' }),
    __metadata("design:type", brand_entity_1.BrandEntity)
], UserEntity.prototype, "brand", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 254 }),
    __metadata("design:type", String)
], UserEntity.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "nickname", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'mobile_code', type: 'varchar', length: 8, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "mobileCode", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'mobile_number', type: 'varchar', length: 20, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "mobileNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'password_hash', type: 'varchar', length: 255 }),
    __metadata("design:type", String)
], UserEntity.prototype, "passwordHash", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'first_name', type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], UserEntity.prototype, "firstName", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_name', type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], UserEntity.prototype, "lastName", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'date' }),
    __metadata("design:type", String)
], UserEntity.prototype, "birthday", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], UserEntity.prototype, "gender", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'char', length: 2 }),
    __metadata("design:type", String)
], UserEntity.prototype, "country", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'char', length: 3 }),
    __metadata("design:type", String)
], UserEntity.prototype, "currency", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], UserEntity.prototype, "language", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 200, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "address", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 100, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "city", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 20, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "postcode", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "jurisdiction", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'accepted_terms', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "acceptedTerms", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'receive_news', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "receiveNews", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'receive_sms', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "receiveSms", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'receive_snail', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "receiveSnail", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'receive_phone', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "receivePhone", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], UserEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'self_excluded_until', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "selfExcludedUntil", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], UserEntity.prototype, "deposited", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_login', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], UserEntity.prototype, "lastLogin", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reality_check', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], UserEntity.prototype, "realityCheck", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], UserEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], UserEntity.prototype, "updatedAt", void 0);
exports.UserEntity = UserEntity = __decorate([
    (0, typeorm_1.Entity)('users')
], UserEntity);
//# sourceMappingURL=user.entity.js.map