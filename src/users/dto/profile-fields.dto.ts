import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { IsOptionalNotNull } from '../../common/presence.validators';

export const GENDERS = ['male', 'female', 'other'];

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const lowerCase = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value;

/**
 * Profile fields a player may change. Each is optional. Null clears a field whose column is
 * nullable and fails validation on the others.
 */
export class ProfileFieldsDto {
  /** @example "ada@example.com" */
  @IsOptionalNotNull()
  @Transform(lowerCase)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email?: string;

  /**
   * 3-32 letters, digits, dot, dash or underscore. At least one letter is required, so that a
   * nickname never reads as a mobile number at login. Unique in the brand, case-insensitively.
   * @example "ada_l"
   */
  @IsOptional()
  @Matches(/^(?=.*[A-Za-z])[A-Za-z0-9._-]{3,32}$/, {
    message:
      'nickname must be 3-32 letters, digits, dot, dash or underscore, with at least one letter',
  })
  nickname?: string;

  /** @example "Ada" */
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  first_name?: string;

  /** @example "Lovelace" */
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  last_name?: string;

  /** @example "female" */
  @IsOptionalNotNull()
  @IsIn(GENDERS)
  gender?: string;

  /**
   * ISO 639-1 code, optionally with a region: `en`, `pt-BR`.
   * @example "en"
   */
  @IsOptionalNotNull()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, {
    message: 'language must be an ISO 639-1 code such as en or pt-BR',
  })
  language?: string;

  /** @example "1 Republic Street" */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  address?: string;

  /** @example "Valletta" */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  city?: string;

  /** @example "VLT 1117" */
  @IsOptional()
  @Matches(/^[A-Za-z0-9 -]{2,20}$/, {
    message: 'postcode must be 2-20 letters, digits, spaces or dashes',
  })
  postcode?: string;

  /**
   * International dialling code with a plus sign: `+356`.
   * @example "+356"
   */
  @IsOptional()
  @Matches(/^\+\d{1,4}$/, {
    message: 'mobile_code must be a plus sign and 1-4 digits, such as +356',
  })
  mobile_code?: string;

  /**
   * Digits only, without the dialling code.
   * @example "79123456"
   */
  @IsOptional()
  @Matches(/^\d{4,15}$/, { message: 'mobile_number must be 4-15 digits' })
  mobile_number?: string;

  /** @example true */
  @IsOptionalNotNull()
  @IsBoolean()
  receive_news?: boolean;

  /** @example false */
  @IsOptionalNotNull()
  @IsBoolean()
  receive_sms?: boolean;

  /** @example false */
  @IsOptionalNotNull()
  @IsBoolean()
  receive_snail?: boolean;

  /** @example false */
  @IsOptionalNotNull()
  @IsBoolean()
  receive_phone?: boolean;

  /**
   * Seconds between reality-check reminders; 0 turns them off.
   * @example 3600
   */
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(86_400)
  reality_check?: number;
}
