import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

/** A request for a new activation code. */
export class ResendActivationDto {
  /**
   * The brand's public app.
   * @example "xcasino"
   */
  @IsString()
  @MaxLength(64)
  client_id: string;

  /** @example "ada@example.com" */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase().normalize('NFC') : value,
  )
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;
}

/** Response body of every accepted resend request, whatever the email matched. */
export class ResendActivationResponseDto {
  /** @example "If a player of this brand is waiting for activation with this email, a new activation code was sent" */
  message: string;
}
