"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CalendarDate = CalendarDate;
exports.toCalendarDate = toCalendarDate;
const class_transformer_1 = require("class-transformer");
/** `YYYY-MM-DD` at the start of an ISO 8601 date or date-time. */
const DATE_PART = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
/**
 * Converts an ISO 8601 string to a Date like `new Date(value)`, but to an invalid Date when the
 * day does not exist in its month, such as `2026-02-30`, which `new Date` rolls over to March.
 * Use it in place of `@Type(() => Date)` together with `@IsDate`, which then rejects the value.
 */
function CalendarDate() {
    return (0, class_transformer_1.Transform)(({ value }) => toCalendarDate(value));
}
function toCalendarDate(value) {
    if (typeof value !== 'string') {
        return value instanceof Date
            ? value
            : value === undefined || value === null
                ? value
                : new Date(NaN);
    }
    const parts = DATE_PART.exec(value);
    if (!parts) {
        return new Date(NaN);
    }
    const [year, month, day] = parts.slice(1).map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
        return new Date(NaN);
    }
    return new Date(value);
}
//# sourceMappingURL=calendar-date.js.map