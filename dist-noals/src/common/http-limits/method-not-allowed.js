"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerUnknownMethodsWith405 = answerUnknownMethodsWith405;
const common_1 = require("@nestjs/common");
const security_headers_1 = require("./security-headers");
/**
 * Sends 405 with an Allow header, instead of 404, when a request's path matches a route but
 * its method does not. Must be installed before the routes are registered, since it learns them
 * from Fastify's onRoute hook.
 */
function answerUnknownMethodsWith405(instance) {
    const routes = new Map();
    instance.addHook('onRoute', (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const known = routes.get(route.url) ?? { pattern: toPattern(route.url), methods: new Set() };
        methods.forEach((method) => known.methods.add(method));
        routes.set(route.url, known);
    });
    instance.addHook('onRequest', (request, reply, done) => {
        if (!request.is404) {
            done();
            return;
        }
        const path = request.url.split('?')[0];
        const allowed = [...routes.values()].find(({ pattern }) => pattern.test(path))?.methods;
        if (!allowed) {
            done();
            return;
        }
        const allow = [...allowed].sort().join(', ');
        // Ending onRequest with an error skips the later hooks, helmet's among them.
        void reply.headers(security_headers_1.BASIC_SECURITY_HEADERS).header('Allow', allow);
        done(new common_1.HttpException(`${request.method} is not allowed here; use ${allow}`, 405));
    });
}
/** Turns a Fastify path such as `/clients/:client_id/secret` into an anchored pattern. */
function toPattern(url) {
    const escaped = url
        .split('/')
        .map((segment) => segment.startsWith(':') || segment === '*'
        ? '[^/]+'
        : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('/');
    return new RegExp(`^${escaped}/?$`);
}
//# sourceMappingURL=method-not-allowed.js.map