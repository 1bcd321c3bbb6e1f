"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertActive = assertActive;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const INACTIVE_REASONS = {
    pending: 'The account is not activated yet',
    locked: 'The account is locked',
    self_excluded: 'The player is self-excluded',
    closed: 'The account is closed',
};
/** Throws invalid_grant saying why, unless the player may log in. */
function assertActive(user) {
    if (user.status === 'self_excluded') {
        throw new oauth_errors_1.InvalidGrantError(selfExclusionReason(user.selfExcludedUntil));
    }
    if (user.status !== 'active') {
        throw new oauth_errors_1.InvalidGrantError(INACTIVE_REASONS[user.status]);
    }
}
function selfExclusionReason(until) {
    const reason = INACTIVE_REASONS.self_excluded;
    return until ? `${reason} until ${until.toISOString()}` : `${reason} permanently`;
}
//# sourceMappingURL=player-status.js.map