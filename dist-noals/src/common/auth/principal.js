"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUserPrincipal = isUserPrincipal;
/** True when the token was issued to a player (password, refresh_token and later user grants). */
function isUserPrincipal(principal) {
    return principal.sessionId !== undefined;
}
//# sourceMappingURL=principal.js.map