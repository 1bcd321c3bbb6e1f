"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ValidationFailedException = void 0;
const common_1 = require("@nestjs/common");
/**
 * Constraints that check the kind of a value. When one of them fails, the others on the field
 * (lengths, patterns, ranges) fail only as a consequence, so only its message is reported.
 */
const TYPE_CONSTRAINTS = [
    'isString',
    'isInt',
    'isNumber',
    'isBoolean',
    'isArray',
    'isObject',
    'isDate',
    'isUuid',
];
/** A request body or query that failed validation, with the messages of each field. */
class ValidationFailedException extends common_1.BadRequestException {
    fields;
    constructor(fields) {
        super(`Invalid fields: ${Object.keys(fields).join(', ')}`);
        this.fields = fields;
    }
    static fromErrors(errors) {
        const fields = {};
        const collect = (error, prefix) => {
            const path = prefix ? `${prefix}.${error.property}` : error.property;
            if (error.constraints) {
                fields[path] = messagesOf(error, path);
            }
            error.children?.forEach((child) => collect(child, path));
        };
        errors.forEach((error) => collect(error, ''));
        return new ValidationFailedException(fields);
    }
}
exports.ValidationFailedException = ValidationFailedException;
/**
 * Returns the messages worth showing for one field: "is required" for a missing value, the type
 * message when the value has the wrong type, and otherwise every rule it broke.
 */
function messagesOf(error, path) {
    const constraints = error.constraints ?? {};
    if (constraints.whitelistValidation) {
        return [constraints.whitelistValidation];
    }
    if (error.value === undefined) {
        return [`${path} is required`];
    }
    if (error.value === null) {
        return [`${path} must not be null`];
    }
    const typeMessages = TYPE_CONSTRAINTS.filter((name) => constraints[name]).map((name) => constraints[name]);
    return typeMessages.length > 0 ? typeMessages : Object.values(constraints);
}
//# sourceMappingURL=validation-failed.exception.js.map