import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * A password change. Only the presence of `new_password` is checked here, because
 * AccountSecurityService applies the password rules in one place.
 */
export class ChangePasswordDto {
  /** @example "demo-player-pass" */
  @IsString()
  @IsNotEmpty({ message: 'current_password is required' })
  @MaxLength(1024)
  current_password: string;

  /** @example "a-longer-new-passphrase" */
  @IsString()
  @IsNotEmpty({ message: 'new_password is required' })
  @MaxLength(1024)
  new_password: string;
}
