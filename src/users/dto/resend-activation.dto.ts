import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

/** A request for a new activation code. */
export class ResendActivationDto {
  /** The brand's public app. */
  @IsString()
  @MaxLength(64)
  client_id: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value,
  )
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;
}

/** Response body of every accepted resend request, whatever the email matched. */
export class ResendActivationResponseDto {
  message: string;
}
