import { Injectable, NotFoundException } from '@nestjs/common';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { Page } from '../../common/pagination/pagination.dto';
import { CreateGameDto, GameDto, UpdateGameDto } from './dto/game.dto';
import { GameEntity } from './game.entity';
import { GamesRepository } from './games.repository';

/** The games catalogue of each brand. */
@Injectable()
export class GamesService {
  constructor(
    private readonly games: GamesRepository,
    private readonly brands: BrandsService,
  ) {}

  async create(principal: Principal, dto: CreateGameDto): Promise<GameEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    return this.games.createGame({
      brandId: brand.id,
      name: dto.name,
      provider: dto.provider,
      category: dto.category,
      countsForWagering: dto.counts_for_wagering ?? true,
    });
  }

  async update(principal: Principal, id: string, dto: UpdateGameDto): Promise<GameEntity> {
    const game = await this.get(principal, id);
    return this.games.saveGame({
      ...game,
      name: dto.name ?? game.name,
      category: dto.category ?? game.category,
      countsForWagering: dto.counts_for_wagering ?? game.countsForWagering,
    });
  }

  /** Returns a game of the caller's brand; 404 for any other. */
  async get(principal: Principal, id: string): Promise<GameEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    const game = await this.games.findGame(brand.id, id);
    if (!game) {
      throw new NotFoundException(`Game ${id} was not found in this brand`);
    }
    return game;
  }

  async list(principal: Principal, page: number, perPage: number): Promise<Page<GameDto>> {
    const brand = await this.brands.getByCode(principal.brand);
    const [games, total] = await this.games.findGames(brand.id, (page - 1) * perPage, perPage);
    return { data: games.map((game) => GameDto.from(game)), page, per_page: perPage, total };
  }
}
