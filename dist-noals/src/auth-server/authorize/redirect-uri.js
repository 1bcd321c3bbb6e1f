"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRegisteredRedirectUri = isRegisteredRedirectUri;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);
/**
 * Returns whether `requested` is one of the registered redirect URIs. The comparison is exact,
 * except that a registered `http` loopback IP literal (127.0.0.1 or [::1]) matches on any port, because
 * native apps listen on a port the operating system picks (RFC 8252 §7.3). `localhost` gets no
 * such exception, as RFC 8252 §8.3 advises.
 */
function isRegisteredRedirectUri(registered, requested) {
    if (registered.includes(requested)) {
        return true;
    }
    const candidate = parseUrl(requested);
    if (!candidate || !isLoopback(candidate)) {
        return false;
    }
    return registered.some((uri) => {
        const entry = parseUrl(uri);
        return entry !== null && isLoopback(entry) && samePortless(entry, candidate);
    });
}
function isLoopback(url) {
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
function samePortless(a, b) {
    return (a.hostname === b.hostname &&
        a.pathname === b.pathname &&
        a.search === b.search &&
        a.username === b.username &&
        a.password === b.password);
}
function parseUrl(value) {
    try {
        const url = new URL(value);
        return url.hash === '' ? url : null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=redirect-uri.js.map