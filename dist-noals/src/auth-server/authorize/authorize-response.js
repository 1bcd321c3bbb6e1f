"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redirectTo = redirectTo;
exports.sendAuthorizeResponse = sendAuthorizeResponse;
/** Returns the redirect URI with the response parameters added to its query (RFC 6749 §4.1.2). */
function redirectTo(redirectUri, params) {
    const url = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) {
        if (value !== undefined) {
            url.searchParams.append(name, value);
        }
    }
    return { kind: 'redirect', location: url.toString() };
}
/**
 * Sends the response. Pages are never cached or framed; a redirect after a POST is 303 so that
 * the browser follows it with GET.
 */
function sendAuthorizeResponse(reply, response, method) {
    void reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
    if (response.kind === 'redirect') {
        void reply.redirect(response.location, method === 'POST' ? 303 : 302);
        return;
    }
    const { page } = response;
    if (response.setCookie) {
        void reply.header('Set-Cookie', response.setCookie);
    }
    void reply
        .status(page.status)
        .header('Content-Type', 'text/html; charset=utf-8')
        .header('Content-Security-Policy', page.contentSecurityPolicy)
        .header('X-Frame-Options', 'DENY')
        .header('Referrer-Policy', 'no-referrer')
        .send(page.html);
}
//# sourceMappingURL=authorize-response.js.map