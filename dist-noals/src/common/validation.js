"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VALIDATION_PIPE_OPTIONS = void 0;
exports.validateBody = validateBody;
const common_1 = require("@nestjs/common");
const validation_failed_exception_1 = require("./errors/validation-failed.exception");
/** Options of the global ValidationPipe: unknown fields are rejected, and errors list each field. */
exports.VALIDATION_PIPE_OPTIONS = {
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validation_failed_exception_1.ValidationFailedException.fromErrors(errors),
};
const pipe = new common_1.ValidationPipe(exports.VALIDATION_PIPE_OPTIONS);
/**
 * Validates a request body against a DTO class exactly as the global pipe does, for a route whose
 * body type depends on the caller. Throws ValidationFailedException.
 */
async function validateBody(type, body) {
    return (await pipe.transform(body, { type: 'body', metatype: type }));
}
//# sourceMappingURL=validation.js.map