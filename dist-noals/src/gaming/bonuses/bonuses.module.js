"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BonusesModule = void 0;
const common_1 = require("@nestjs/common");
const wallet_module_1 = require("../wallet/wallet.module");
const bonus_deposits_service_1 = require("./bonus-deposits.service");
const bonus_expiry_service_1 = require("./bonus-expiry.service");
const bonus_lifecycle_service_1 = require("./bonus-lifecycle.service");
const bonus_offers_controller_1 = require("./bonus-offers.controller");
const bonus_offers_repository_1 = require("./bonus-offers.repository");
const bonus_offers_service_1 = require("./bonus-offers.service");
const bonus_wagering_service_1 = require("./bonus-wagering.service");
const bonuses_controller_1 = require("./bonuses.controller");
const bonuses_service_1 = require("./bonuses.service");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
/**
 * Bonus offers of each brand and players' bonuses: claim, deposit trigger, wagering, conversion,
 * forfeit and expiry.
 */
let BonusesModule = class BonusesModule {
};
exports.BonusesModule = BonusesModule;
exports.BonusesModule = BonusesModule = __decorate([
    (0, common_1.Module)({
        imports: [wallet_module_1.WalletModule],
        controllers: [bonus_offers_controller_1.BonusOffersController, bonuses_controller_1.BonusesController],
        providers: [
            bonus_offers_repository_1.BonusOffersRepository,
            player_bonuses_repository_1.PlayerBonusesRepository,
            bonus_offers_service_1.BonusOffersService,
            bonuses_service_1.BonusesService,
            bonus_lifecycle_service_1.BonusLifecycleService,
            bonus_deposits_service_1.BonusDepositsService,
            bonus_wagering_service_1.BonusWageringService,
            bonus_expiry_service_1.BonusExpiryService,
        ],
        exports: [bonus_deposits_service_1.BonusDepositsService, bonus_wagering_service_1.BonusWageringService, bonus_expiry_service_1.BonusExpiryService],
    })
], BonusesModule);
//# sourceMappingURL=bonuses.module.js.map