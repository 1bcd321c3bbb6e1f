"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_NESTING_DEPTH = void 0;
exports.assertAcceptableShape = assertAcceptableShape;
const common_1 = require("@nestjs/common");
/** Default maximum nesting of objects and arrays in a request, which JSON_MAX_DEPTH overrides. */
exports.MAX_NESTING_DEPTH = 32;
/** A UTF-16 surrogate without its partner: with the `u` flag a valid pair is one code point. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Throws 400 when a value nests deeper than `maxDepth`, or contains a NUL character or a lone
 * UTF-16 surrogate in a key or string. PostgreSQL cannot store either in text or JSON, and deep
 * nesting would exhaust the stack of the recursive validators that run later. The walk itself
 * uses an explicit stack, not recursion.
 */
function assertAcceptableShape(value, where, maxDepth = exports.MAX_NESTING_DEPTH) {
    const pending = [{ item: value, depth: 0 }];
    while (pending.length > 0) {
        const { item, depth } = pending.pop();
        if (typeof item === 'string') {
            assertStorableText(item, where);
            continue;
        }
        if (typeof item !== 'object' || item === null) {
            continue;
        }
        if (depth >= maxDepth) {
            throw new common_1.BadRequestException(`The request ${where} nests deeper than ${maxDepth} levels`);
        }
        for (const [key, child] of Object.entries(item)) {
            assertStorableText(key, where);
            pending.push({ item: child, depth: depth + 1 });
        }
    }
}
function assertStorableText(text, where) {
    if (text.includes('\0')) {
        throw new common_1.BadRequestException(`The request ${where} contains a NUL character`);
    }
    if (LONE_SURROGATE.test(text)) {
        throw new common_1.BadRequestException(`The request ${where} contains an unpaired UTF-16 surrogate`);
    }
}
//# sourceMappingURL=request-shape.js.map