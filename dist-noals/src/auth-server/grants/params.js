"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requireParam = requireParam;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
/** Returns a required, non-empty token request parameter; throws invalid_request naming it. */
function requireParam(params, name) {
    const value = params[name];
    if (value === undefined || value === '') {
        throw new oauth_errors_1.InvalidRequestError(`${name} is required`);
    }
    return value;
}
//# sourceMappingURL=params.js.map