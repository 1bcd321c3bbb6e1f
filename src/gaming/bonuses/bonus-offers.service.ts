import { Injectable, NotFoundException } from '@nestjs/common';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { Page } from '../../common/pagination/pagination.dto';
import { BonusOfferEntity } from './bonus-offer.entity';
import { BonusOffersRepository } from './bonus-offers.repository';
import { BonusOfferDto, CreateBonusOfferDto, UpdateBonusOfferDto } from './dto/bonus-offer.dto';

type OfferFields = Omit<BonusOfferEntity, 'id' | 'brandId' | 'createdAt' | 'updatedAt'>;

/** The bonus offers a brand's back office defines. */
@Injectable()
export class BonusOffersService {
  constructor(
    private readonly offers: BonusOffersRepository,
    private readonly brands: BrandsService,
  ) {}

  async create(principal: Principal, dto: CreateBonusOfferDto): Promise<BonusOfferEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    const fields = mergeFields(undefined, dto);
    await this.assertConsistent(brand.id, fields);
    return this.offers.save({ ...fields, brandId: brand.id });
  }

  /** Changes an offer. Bonuses already active keep the amount and wager goal they started with. */
  async update(
    principal: Principal,
    id: string,
    dto: UpdateBonusOfferDto,
  ): Promise<BonusOfferEntity> {
    const offer = await this.get(principal, id);
    const fields = mergeFields(offer, dto);
    await this.assertConsistent(offer.brandId, fields);
    return this.offers.save({ ...offer, ...fields, updatedAt: new Date() });
  }

  /** Returns an offer of the caller's brand; 404 for any other. */
  async get(principal: Principal, id: string): Promise<BonusOfferEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    const offer = await this.offers.findInBrand(brand.id, id);
    if (!offer) {
      throw new NotFoundException(`Bonus offer ${id} was not found in this brand`);
    }
    return offer;
  }

  async list(principal: Principal, page: number, perPage: number): Promise<Page<BonusOfferDto>> {
    const brand = await this.brands.getByCode(principal.brand);
    const [offers, total] = await this.offers.findPage(brand.id, (page - 1) * perPage, perPage);
    return {
      data: offers.map((offer) => BonusOfferDto.from(offer)),
      page,
      per_page: perPage,
      total,
    };
  }

  /** Checks the rules that join several fields, naming the field to fix in a 400. */
  private async assertConsistent(brandId: string, fields: OfferFields): Promise<void> {
    const problems: Record<string, string[]> = {};
    const add = (field: string, message: string) => (problems[field] ??= []).push(message);

    if (fields.rewardType !== 'bonus_money') {
      add('reward_type', `reward_type ${fields.rewardType} is not supported yet; use bonus_money`);
    }
    if (fields.amountType === 'fixed') {
      if (fields.amount === null) add('amount', 'amount is required when amount_type is fixed');
      if (fields.percentage !== null)
        add('percentage', 'percentage applies only to amount_type percentage');
      if (fields.maxAmount !== null)
        add('max_amount', 'max_amount applies only to amount_type percentage');
    } else {
      if (fields.percentage === null)
        add('percentage', 'percentage is required when amount_type is percentage');
      if (fields.maxAmount === null)
        add('max_amount', 'max_amount is required when amount_type is percentage');
      if (fields.amount !== null) add('amount', 'amount applies only to amount_type fixed');
      if (fields.activationType !== 'deposit') {
        add(
          'amount_type',
          'amount_type percentage needs activation_type deposit, whose deposit it is a percentage of',
        );
      }
    }
    if (fields.activationType === 'deposit' && fields.minDeposit === null) {
      add('min_deposit', 'min_deposit is required when activation_type is deposit');
    }
    if (fields.activationType === 'manual' && fields.minDeposit !== null) {
      add('min_deposit', 'min_deposit applies only to activation_type deposit');
    }
    if (fields.validTo <= fields.validFrom) {
      add('valid_to', 'valid_to must be later than valid_from');
    }
    const known = await this.offers.existingGameIds(brandId, fields.gameIds);
    const unknown = fields.gameIds.filter((gameId) => !known.has(gameId));
    if (unknown.length > 0) {
      add('game_ids', `game_ids lists games that are not in this brand: ${unknown.join(', ')}`);
    }

    if (Object.keys(problems).length > 0) {
      throw new ValidationFailedException(problems);
    }
  }
}

/**
 * Applies a create or update body to an offer's fields. A field absent from the body keeps its
 * value; `null` clears an optional field and leaves a required one as it was.
 */
function mergeFields(offer: BonusOfferEntity | undefined, dto: UpdateBonusOfferDto): OfferFields {
  const pick = <T>(value: T | null | undefined, current: T): T => value ?? current;
  const clear = (value: number | null | undefined, current: string | number | null) =>
    value === undefined ? current : value;
  const amount = clear(dto.amount, offer?.amount ?? null);
  const maxAmount = clear(dto.max_amount, offer?.maxAmount ?? null);
  const minDeposit = clear(dto.min_deposit, offer?.minDeposit ?? null);
  const percentage = clear(dto.percentage, offer?.percentage ?? null);
  return {
    name: pick(dto.name, offer?.name as string),
    description: pick(dto.description, offer?.description ?? ''),
    imageUrl: dto.image_url === undefined ? (offer?.imageUrl ?? null) : dto.image_url,
    termsHtml: pick(dto.terms_and_conditions, offer?.termsHtml ?? ''),
    rewardType: pick(dto.reward_type, offer?.rewardType as BonusOfferEntity['rewardType']),
    amountType: pick(dto.amount_type, offer?.amountType as BonusOfferEntity['amountType']),
    amount: amount === null ? null : String(amount),
    percentage: percentage === null ? null : Number(percentage),
    maxAmount: maxAmount === null ? null : String(maxAmount),
    wagerMultiplier: pick(dto.wager_multiplier, offer?.wagerMultiplier as number),
    activationType: pick(
      dto.activation_type,
      offer?.activationType as BonusOfferEntity['activationType'],
    ),
    minDeposit: minDeposit === null ? null : String(minDeposit),
    gameIds: pick(dto.game_ids, offer?.gameIds ?? []),
    validFrom: pick(dto.valid_from, offer?.validFrom as Date),
    validTo: pick(dto.valid_to, offer?.validTo as Date),
    wageringSeconds: pick(dto.wagering_seconds, offer?.wageringSeconds as number),
    active: pick(dto.active, offer?.active ?? true),
  };
}
