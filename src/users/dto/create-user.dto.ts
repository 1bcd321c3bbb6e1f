import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  Validate,
} from 'class-validator';
import { Transform } from 'class-transformer';

import { IsRequired } from '../../common/presence.validators';
import { MeetsPasswordPolicy } from '../password-policy/password-policy.validator';
import { AdultBirthday } from './adult-birthday.validator';
import { GENDERS, ProfileFieldsDto } from './profile-fields.dto';

/** A player created by the back office; the account is active at once. */
export class CreateUserDto extends ProfileFieldsDto {
  /** @example "ada@example.com" */
  @IsRequired()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value,
  )
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  declare email: string;

  /**
   * 8-128 characters, not a common password, and neither the email nor the nickname.
   * @example "correct-horse-battery"
   */
  @IsString()
  @Validate(MeetsPasswordPolicy)
  password: string;

  /** @example "Ada" */
  @IsRequired()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  declare first_name: string;

  /** @example "Lovelace" */
  @IsRequired()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  declare last_name: string;

  /**
   * YYYY-MM-DD; the player must be at least 18.
   * @example "1990-05-17"
   */
  @Validate(AdultBirthday)
  birthday: string;

  /** @example "female" */
  @IsRequired()
  @IsIn(GENDERS)
  declare gender: string;

  /**
   * ISO 3166-1 alpha-2, upper case.
   * @example "MT"
   */
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an upper-case ISO 3166-1 alpha-2 code' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;

  /**
   * ISO 4217, upper case.
   * @example "EUR"
   */
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an upper-case ISO 4217 code' })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code' })
  currency: string;

  /** @example "en" */
  @IsRequired()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, {
    message: 'language must be an ISO 639-1 code such as en or pt-BR',
  })
  declare language: string;

  /** @example "MT" */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  jurisdiction?: string;

  /** @example true */
  @IsBoolean()
  accepted_terms: boolean;
}
