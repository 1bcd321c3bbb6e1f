"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setTermsHeaders = setTermsHeaders;
/**
 * Sets the headers of a brand's terms and conditions page. The HTML is the brand's own and stored
 * as given, so the page is sandboxed: no scripts run and it gets an opaque origin. The headers are
 * set only once the page is found, so an error keeps its JSON content type.
 */
function setTermsHeaders(reply) {
    reply
        .header('Content-Type', 'text/html; charset=utf-8')
        .header('Content-Security-Policy', 'sandbox')
        .header('X-Content-Type-Options', 'nosniff');
}
//# sourceMappingURL=terms-headers.js.map