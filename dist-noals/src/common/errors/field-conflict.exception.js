"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FieldConflictException = void 0;
const common_1 = require("@nestjs/common");
/** A unique value, such as a player's email in a brand or a client_id, that another record has. */
class FieldConflictException extends common_1.ConflictException {
    fields;
    constructor(field, message) {
        super(message);
        this.fields = { [field]: [message] };
    }
}
exports.FieldConflictException = FieldConflictException;
//# sourceMappingURL=field-conflict.exception.js.map