import { ProfileFieldsDto } from './profile-fields.dto';

export class UpdateProfileDto extends ProfileFieldsDto {}
