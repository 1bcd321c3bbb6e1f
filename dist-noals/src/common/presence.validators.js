"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IsOptionalNotNull = IsOptionalNotNull;
exports.IsRequired = IsRequired;
const class_validator_1 = require("class-validator");
/**
 * Skips the property's other validators only when it is absent. Unlike IsOptional, which skips
 * null too, it lets them reject null, so that a body cannot write null into a NOT NULL column.
 */
function IsOptionalNotNull() {
    return (0, class_validator_1.ValidateIf)((_object, value) => value !== undefined);
}
/**
 * Validates the property even when it is absent. A subclass needs it to make an inherited optional
 * property required: class-validator (0.15) keeps the parent's IsOptional or ValidateIf unless the
 * subclass declares its own conditional decorator on that property.
 */
function IsRequired() {
    return (0, class_validator_1.ValidateIf)(() => true);
}
//# sourceMappingURL=presence.validators.js.map