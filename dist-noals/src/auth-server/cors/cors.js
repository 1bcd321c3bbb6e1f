"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.setUpCors = setUpCors;
const cors_1 = __importDefault(require("@fastify/cors"));
const allowed_origins_service_1 = require("./allowed-origins.service");
/** Headers a browser script may read from a cross-origin response. */
const EXPOSED_HEADERS = [
    'WWW-Authenticate',
    'X-Request-Id',
    'Retry-After',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
];
/**
 * Registers CORS. Only origins listed in some client's `allowed_origins` get CORS headers. The
 * headers are added when the request arrives, before any route runs, so error responses carry
 * them too, and preflight requests get a response without client authentication.
 */
async function setUpCors(app) {
    const origins = app.get(allowed_origins_service_1.AllowedOrigins);
    await app.register(cors_1.default, {
        hook: 'onRequest',
        origin: async (origin) => origin !== undefined && (await origins.isAllowed(origin)) ? origin : false,
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
        exposedHeaders: EXPOSED_HEADERS,
        credentials: false,
        maxAge: 600,
    });
}
//# sourceMappingURL=cors.js.map