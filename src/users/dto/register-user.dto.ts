import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { IsRequired } from '../../common/presence.validators';
import { CreateUserDto } from './create-user.dto';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/**
 * A player's own sign-up, with the fields of the XCaliber CreateUserInput. Every field but
 * `nickname` is required; the back-office-only fields of CreateUserDto are not accepted.
 */
export class RegisterUserDto extends OmitType(CreateUserDto, [
  'jurisdiction',
  'receive_snail',
  'receive_phone',
  'reality_check',
] as const) {
  /**
   * The brand's public app, which names the brand the player joins.
   * @example "xcasino"
   */
  @IsString()
  @MaxLength(64)
  client_id: string;

  /** @example "1 Republic Street" */
  // The explicit ApiProperty marks these required in OpenAPI: without it, the document keeps the
  // optional flag that the properties have in ProfileFieldsDto.
  @ApiProperty({ required: true })
  @IsRequired()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare address: string;

  /** @example "Valletta" */
  @ApiProperty({ required: true })
  @IsRequired()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  declare city: string;

  /** @example "VLT 1117" */
  @ApiProperty({ required: true })
  @IsRequired()
  @Matches(/^[A-Za-z0-9 -]{2,20}$/, {
    message: 'postcode must be 2-20 letters, digits, spaces or dashes',
  })
  declare postcode: string;

  /** @example "+356" */
  @ApiProperty({ required: true })
  @IsRequired()
  @Matches(/^\+\d{1,4}$/, {
    message: 'mobile_code must be a plus sign and 1-4 digits, such as +356',
  })
  declare mobile_code: string;

  /** @example "79123456" */
  @ApiProperty({ required: true })
  @IsRequired()
  @Matches(/^\d{4,15}$/, { message: 'mobile_number must be 4-15 digits' })
  declare mobile_number: string;

  /** @example true */
  @ApiProperty({ required: true })
  @IsRequired()
  @IsBoolean()
  declare receive_news: boolean;

  /** @example false */
  @ApiProperty({ required: true })
  @IsRequired()
  @IsBoolean()
  declare receive_sms: boolean;

  /**
   * Must be true: a player cannot join without accepting the terms.
   * @example true
   */
  @Equals(true, { message: 'accepted_terms must be true to register' })
  declare accepted_terms: boolean;
}
