import { ClientSettingsDto } from './create-client.dto';

/** Fields to change; `client_id` and `type` are fixed at registration. */
export class UpdateClientDto extends ClientSettingsDto {}
