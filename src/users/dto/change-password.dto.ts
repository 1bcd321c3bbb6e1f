import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * A password change. Only the presence of `new_password` is checked here, because
 * AccountSecurityService applies the password rules in one place.
 */
export class ChangePasswordDto {
  @IsString()
  @IsNotEmpty({ message: 'current_password is required' })
  @MaxLength(1024)
  current_password: string;

  @IsString()
  @IsNotEmpty({ message: 'new_password is required' })
  @MaxLength(1024)
  new_password: string;
}
