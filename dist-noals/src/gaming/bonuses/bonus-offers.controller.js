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
exports.BonusOffersController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const bonus_offers_service_1 = require("./bonus-offers.service");
const bonus_offer_dto_1 = require("./dto/bonus-offer.dto");
const terms_headers_1 = require("./terms-headers");
const NOT_FOUND = { description: 'No such bonus offer in this brand', type: api_error_dto_1.ApiErrorDto };
/** The bonus offers of the caller's brand, managed by its back office. */
let BonusOffersController = class BonusOffersController {
    offers;
    constructor(offers) {
        this.offers = offers;
    }
    async create(principal, dto) {
        return bonus_offer_dto_1.BonusOfferDto.from(await this.offers.create(principal, dto));
    }
    list(principal, query) {
        return this.offers.list(principal, query.page, query.per_page);
    }
    async get(principal, id) {
        return bonus_offer_dto_1.BonusOfferDto.from(await this.offers.get(principal, id));
    }
    async terms(principal, id, reply) {
        const offer = await this.offers.get(principal, id);
        (0, terms_headers_1.setTermsHeaders)(reply);
        return offer.termsHtml;
    }
    async update(principal, id, dto) {
        return bonus_offer_dto_1.BonusOfferDto.from(await this.offers.update(principal, id, dto));
    }
};
exports.BonusOffersController = BonusOffersController;
__decorate([
    (0, common_1.Post)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Create a bonus offer' }),
    openapi.ApiResponse({ status: 201, type: require("./dto/bonus-offer.dto").BonusOfferDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, bonus_offer_dto_1.CreateBonusOfferDto]),
    __metadata("design:returntype", Promise)
], BonusOffersController.prototype, "create", null);
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesWrite),
    (0, swagger_1.ApiOperation)({ summary: "List the brand's bonus offers, newest first" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus-offer.dto").BonusOfferPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, bonus_offer_dto_1.BonusOfferQueryDto]),
    __metadata("design:returntype", Promise)
], BonusOffersController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Read a bonus offer' }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus-offer.dto").BonusOfferDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], BonusOffersController.prototype, "get", null);
__decorate([
    (0, common_1.Get)(':id/terms'),
    (0, scopes_decorator_1.Scopes)(),
    (0, swagger_1.ApiProduces)('text/html'),
    (0, swagger_1.ApiOperation)({
        summary: "Read an offer's terms and conditions as HTML",
        description: 'Open to any access token of the brand, whatever its scopes.',
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: String }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], BonusOffersController.prototype, "terms", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesWrite),
    (0, swagger_1.ApiOperation)({
        summary: 'Change a bonus offer',
        description: 'Active bonuses keep the amount, wager goal and expiry they started with.',
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus-offer.dto").BonusOfferDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, bonus_offer_dto_1.UpdateBonusOfferDto]),
    __metadata("design:returntype", Promise)
], BonusOffersController.prototype, "update", null);
exports.BonusOffersController = BonusOffersController = __decorate([
    (0, swagger_1.ApiTags)('bonus-offers'),
    (0, common_1.Controller)('bonus-offers'),
    __metadata("design:paramtypes", [bonus_offers_service_1.BonusOffersService])
], BonusOffersController);
//# sourceMappingURL=bonus-offers.controller.js.map