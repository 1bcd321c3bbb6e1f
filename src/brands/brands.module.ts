import { Global, Module } from '@nestjs/common';

import { BrandsRepository } from './brands.repository';
import { BrandsService } from './brands.service';

@Global()
@Module({
  providers: [BrandsRepository, BrandsService],
  exports: [BrandsRepository, BrandsService],
})
export class BrandsModule {}
