import { Global, Module } from '@nestjs/common';

import { BrandSettingsController } from './brand-settings.controller';
import { BrandSettingsRepository } from './brand-settings.repository';
import { BrandSettingsService } from './brand-settings.service';
import { BrandsRepository } from './brands.repository';
import { BrandsService } from './brands.service';

@Global()
@Module({
  controllers: [BrandSettingsController],
  providers: [BrandsRepository, BrandsService, BrandSettingsRepository, BrandSettingsService],
  exports: [BrandsRepository, BrandsService, BrandSettingsService],
})
export class BrandsModule {}
