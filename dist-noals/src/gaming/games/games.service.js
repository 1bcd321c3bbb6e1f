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
exports.GamesService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const game_dto_1 = require("./dto/game.dto");
const games_repository_1 = require("./games.repository");
/** The games catalogue of each brand. */
let GamesService = class GamesService {
    games;
    brands;
    constructor(games, brands) {
        this.games = games;
        this.brands = brands;
    }
    async create(principal, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        return this.games.createGame({
            brandId: brand.id,
            name: dto.name,
            provider: dto.provider,
            category: dto.category,
            countsForWagering: dto.counts_for_wagering ?? true,
        });
    }
    async update(principal, id, dto) {
        const game = await this.get(principal, id);
        return this.games.saveGame({
            ...game,
            name: dto.name ?? game.name,
            category: dto.category ?? game.category,
            countsForWagering: dto.counts_for_wagering ?? game.countsForWagering,
        });
    }
    /** Returns a game of the caller's brand; 404 for any other. */
    async get(principal, id) {
        const brand = await this.brands.getByCode(principal.brand);
        const game = await this.games.findGame(brand.id, id);
        if (!game) {
            throw new common_1.NotFoundException(`Game ${id} was not found in this brand`);
        }
        return game;
    }
    async list(principal, page, perPage) {
        const brand = await this.brands.getByCode(principal.brand);
        const [games, total] = await this.games.findGames(brand.id, (page - 1) * perPage, perPage);
        return { data: games.map((game) => game_dto_1.GameDto.from(game)), page, per_page: perPage, total };
    }
};
exports.GamesService = GamesService;
exports.GamesService = GamesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [games_repository_1.GamesRepository,
        brands_service_1.BrandsService])
], GamesService);
//# sourceMappingURL=games.service.js.map