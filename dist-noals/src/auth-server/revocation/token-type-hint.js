"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lookupOrder = lookupOrder;
/**
 * Returns the order in which to look a token up. `token_type_hint` only picks the first kind
 * tried: a wrong hint still finds the token, and an unknown hint is ignored (RFC 7009 §2.1,
 * RFC 7662 §2.1).
 */
function lookupOrder(hint) {
    return hint === 'refresh_token'
        ? ['refresh_token', 'access_token']
        : ['access_token', 'refresh_token'];
}
//# sourceMappingURL=token-type-hint.js.map