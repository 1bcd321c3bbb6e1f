"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpdateClientDto = void 0;
const openapi = require("@nestjs/swagger");
const create_client_dto_1 = require("./create-client.dto");
/** Fields to change; `client_id` and `type` are fixed at registration. */
class UpdateClientDto extends create_client_dto_1.ClientSettingsDto {
    static _OPENAPI_METADATA_FACTORY() {
        return {};
    }
}
exports.UpdateClientDto = UpdateClientDto;
//# sourceMappingURL=update-client.dto.js.map