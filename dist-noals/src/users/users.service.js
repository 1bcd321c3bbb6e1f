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
exports.UsersService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../brands/brands.service");
const validation_failed_exception_1 = require("../common/errors/validation-failed.exception");
const principal_1 = require("../common/auth/principal");
const password_hasher_service_1 = require("./password-hasher.service");
const users_repository_1 = require("./users.repository");
/** Players of a brand: back-office creation, the profile, and the lookups a login needs. */
let UsersService = class UsersService {
    users;
    brands;
    passwords;
    constructor(users, brands, passwords) {
        this.users = users;
        this.brands = brands;
        this.passwords = passwords;
    }
    /**
     * Checks a username and password. Unknown usernames cost one argon2 verification too, so that
     * timing does not tell them apart from wrong passwords.
     */
    async checkCredentials(brandId, username, password, types) {
        const user = await this.users.findByUsername(brandId, username, types);
        if (!user) {
            await this.passwords.verifyDummy(password);
            return { outcome: 'unknown_user' };
        }
        const matches = await this.passwords.verify(user.passwordHash, password);
        if (matches) {
            await this.endExpiredSelfExclusion(user);
        }
        return { outcome: matches ? 'valid' : 'wrong_password', user };
    }
    /** Makes the player active again at the first login after the self-exclusion ended. */
    async endExpiredSelfExclusion(user) {
        const until = user.selfExcludedUntil;
        if (user.status !== 'self_excluded' || !until || until.getTime() > Date.now()) {
            return;
        }
        if (await this.users.endExpiredSelfExclusion(user.id)) {
            user.status = 'active';
            user.selfExcludedUntil = null;
        }
    }
    findInBrand(brandId, id) {
        return this.users.findInBrand(brandId, id);
    }
    async recordLogin(user) {
        user.lastLogin = await this.users.recordLogin(user.id);
    }
    /** Returns the player a user token speaks for; throws for client tokens and other brands. */
    async getForPrincipal(principal) {
        if (!(0, principal_1.isUserPrincipal)(principal)) {
            throw new common_1.ForbiddenException("This route needs a player's access token");
        }
        const brand = await this.brands.getByCode(principal.brand);
        const user = await this.users.findInBrand(brand.id, principal.subject);
        if (!user) {
            throw new common_1.NotFoundException('The player of this access token was not found');
        }
        return user;
    }
    async getInBrandOf(principal, id) {
        const brand = await this.brands.getByCode(principal.brand);
        const user = await this.users.findInBrand(brand.id, id);
        if (!user) {
            throw new common_1.NotFoundException(`Player ${id} was not found`);
        }
        return user;
    }
    async updateProfile(principal, dto) {
        const user = await this.getForPrincipal(principal);
        const changes = profileColumns(dto);
        assertMobilePair({ ...user, ...changes });
        return this.users.update(user, changes);
    }
    /** Creates an active player in the brand of the back-office token. */
    async createActive(principal, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        return this.create(brand.id, dto, 'active');
    }
    /**
     * Creates a player. `afterInsert` runs in the same transaction as the insert, so that when it
     * throws, the player is not created either.
     */
    async create(brandId, dto, status, afterInsert) {
        assertMobilePair(profileColumns(dto));
        const passwordHash = await this.passwords.hash(dto.password);
        const columns = {
            ...profileColumns(dto),
            brandId,
            passwordHash,
            birthday: dto.birthday,
            country: dto.country,
            currency: dto.currency,
            jurisdiction: dto.jurisdiction ?? null,
            acceptedTerms: dto.accepted_terms,
            status,
        };
        if (!afterInsert) {
            return this.users.insert(columns);
        }
        return this.users.transaction(async (manager) => {
            const user = await this.users.insert(columns, manager);
            await afterInsert(user, manager);
            return user;
        });
    }
};
exports.UsersService = UsersService;
exports.UsersService = UsersService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [users_repository_1.UsersRepository,
        brands_service_1.BrandsService,
        password_hasher_service_1.PasswordHasher])
], UsersService);
/**
 * Requires mobile_code and mobile_number together: a number without its dialling code could
 * belong to players of several countries, which makes it unusable as a login name.
 */
function assertMobilePair(user) {
    const hasCode = user.mobileCode !== undefined && user.mobileCode !== null;
    const hasNumber = user.mobileNumber !== undefined && user.mobileNumber !== null;
    if (hasCode !== hasNumber) {
        const field = hasCode ? 'mobile_number' : 'mobile_code';
        throw new validation_failed_exception_1.ValidationFailedException({
            [field]: ['mobile_code and mobile_number must be given together'],
        });
    }
}
function profileColumns(dto) {
    const columns = {
        email: dto.email?.trim().toLowerCase().normalize('NFC'),
        nickname: dto.nickname,
        firstName: dto.first_name,
        lastName: dto.last_name,
        gender: dto.gender,
        language: dto.language,
        address: dto.address,
        city: dto.city,
        postcode: dto.postcode,
        mobileCode: dto.mobile_code,
        mobileNumber: dto.mobile_number,
        receiveNews: dto.receive_news,
        receiveSms: dto.receive_sms,
        receiveSnail: dto.receive_snail,
        receivePhone: dto.receive_phone,
        realityCheck: dto.reality_check,
    };
    return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}
//# sourceMappingURL=users.service.js.map