import { Inject, Injectable, NotFoundException } from '@nestjs/common';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { Scope } from '../../common/scopes';
import { PAYMENT_PROVIDERS, PaymentProvider } from '../transactions/providers/payment-provider';
import { CreatePaymentMethodDto, UpdatePaymentMethodDto } from './dto/payment-method.dto';
import { PaymentMethodEntity, PaymentType } from './payment-method.entity';
import { PaymentMethodsRepository } from './payment-methods.repository';

/** The payment methods of each brand, configured by its back office. */
@Injectable()
export class PaymentMethodsService {
  constructor(
    private readonly methods: PaymentMethodsRepository,
    private readonly brands: BrandsService,
    @Inject(PAYMENT_PROVIDERS) private readonly providers: PaymentProvider[],
  ) {}

  /**
   * Lists the brand's methods: every one for a back office holding `payment-methods:write`, the
   * enabled ones for everyone else.
   */
  async list(principal: Principal, type?: PaymentType): Promise<PaymentMethodEntity[]> {
    const brand = await this.brands.getByCode(principal.brand);
    const manager = principal.scopes.has(Scope.PaymentMethodsWrite);
    return this.methods.list(brand.id, type, !manager);
  }

  async create(principal: Principal, dto: CreatePaymentMethodDto): Promise<PaymentMethodEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    this.assertKnownProvider(dto.provider_id);
    assertRange(dto.min_amount, dto.max_amount);
    return this.methods.create({
      brandId: brand.id,
      type: dto.type,
      name: dto.name,
      providerId: dto.provider_id,
      minAmount: String(dto.min_amount),
      maxAmount: String(dto.max_amount),
      fee: String(dto.fee ?? 0),
      enabled: dto.enabled ?? true,
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdatePaymentMethodDto,
  ): Promise<PaymentMethodEntity> {
    const method = await this.getInBrand(principal, id);
    const min = dto.min_amount ?? Number(method.minAmount);
    const max = dto.max_amount ?? Number(method.maxAmount);
    assertRange(min, max);
    Object.assign(method, {
      name: dto.name ?? method.name,
      minAmount: String(min),
      maxAmount: String(max),
      fee: dto.fee === undefined ? method.fee : String(dto.fee),
      enabled: dto.enabled ?? method.enabled,
    });
    return this.methods.save(method);
  }

  async findInBrand(principal: Principal, id: string): Promise<PaymentMethodEntity | null> {
    const brand = await this.brands.getByCode(principal.brand);
    return this.methods.findInBrand(brand.id, id);
  }

  async getInBrand(principal: Principal, id: string): Promise<PaymentMethodEntity> {
    const method = await this.findInBrand(principal, id);
    if (!method) {
      throw new NotFoundException(`Payment method ${id} was not found`);
    }
    return method;
  }

  /** Returns the provider with this id; every stored method names a known provider. */
  providerOf(providerId: string): PaymentProvider {
    const provider = this.providers.find((candidate) => candidate.id === providerId);
    if (!provider) {
      throw new Error(`No payment provider ${providerId}`);
    }
    return provider;
  }

  private assertKnownProvider(providerId: string): void {
    if (!this.providers.some((provider) => provider.id === providerId)) {
      const known = this.providers.map((provider) => provider.id).join(', ');
      throw new ValidationFailedException({
        provider_id: [`provider_id must be one of: ${known}`],
      });
    }
  }
}

function assertRange(min: number, max: number): void {
  if (max < min) {
    throw new ValidationFailedException({
      max_amount: [`max_amount must be at least min_amount (${min})`],
    });
  }
}
