"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SWAGGER_UI_REDIRECT_PATH = exports.DOCS_PATH = void 0;
exports.swaggerUiClientId = swaggerUiClientId;
exports.setUpSwagger = setUpSwagger;
const swagger_1 = require("@nestjs/swagger");
const scopes_1 = require("./scopes");
/** Path of Swagger UI. Its assets, including `oauth2-redirect.html`, are served below it. */
exports.DOCS_PATH = '/docs';
/** Path of the page that receives the authorization response in Swagger UI's OAuth2 popup. */
exports.SWAGGER_UI_REDIRECT_PATH = `${exports.DOCS_PATH}/oauth2-redirect.html`;
/** Path of the Swagger UI settings that depend on the origin the page was loaded from. */
const SWAGGER_UI_CONFIG_PATH = `${exports.DOCS_PATH}/swagger-ui-config.json`;
/** Returns the id of the public demo client that Swagger UI pre-fills in its OAuth2 flows. */
function swaggerUiClientId(brandCode) {
    return `${brandCode}-swagger-ui`;
}
/** Serves Swagger UI at /docs and the OpenAPI document at /docs-json. */
function setUpSwagger(app, config) {
    const document = swagger_1.SwaggerModule.createDocument(app, buildDocumentConfig());
    const demoClientId = !config.isProduction && config.SEED_DEMO === 'true'
        ? swaggerUiClientId(config.BOOTSTRAP_BRAND)
        : undefined;
    app.getHttpAdapter().get(SWAGGER_UI_CONFIG_PATH, serveSwaggerUiConfig);
    swagger_1.SwaggerModule.setup(exports.DOCS_PATH.slice(1), app, document, {
        jsonDocumentUrl: 'docs-json',
        customSiteTitle: 'Gaming platform OAuth2 API',
        swaggerOptions: {
            configUrl: SWAGGER_UI_CONFIG_PATH,
            // The default validator is an outside service; the page only talks to this server.
            validatorUrl: null,
            initOAuth: {
                clientId: demoClientId,
                appName: 'Swagger UI',
                usePkceWithAuthorizationCodeGrant: true,
            },
        },
    });
}
function buildDocumentConfig() {
    return new swagger_1.DocumentBuilder()
        .setTitle('Gaming platform OAuth2 API')
        .setDescription('Authorization server and resource server of an online gaming platform. Brands are OAuth ' +
        'clients, players are resource owners. Get a token at POST /oauth/token, then send it as ' +
        '`Authorization: Bearer <token>`.\n\n' +
        'In Swagger UI, "Authorize" offers three OAuth2 flows. **password**: a player signs in ' +
        'with the demo client `<brand>-swagger-ui` (no secret). **clientCredentials**: a ' +
        'confidential client, such as the back office, signs in with its id and secret. ' +
        '**authorizationCode**: a player signs in on the login page, with PKCE (S256). Player ' +
        'scopes go to player tokens, back-office scopes to client tokens only.')
        .setVersion('0.1.0')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
        .addOAuth2({
        type: 'oauth2',
        flows: {
            authorizationCode: {
                authorizationUrl: '/oauth/authorize',
                tokenUrl: '/oauth/token',
                refreshUrl: '/oauth/token',
                scopes: scopes_1.SCOPE_DESCRIPTIONS,
            },
            password: {
                tokenUrl: '/oauth/token',
                refreshUrl: '/oauth/token',
                scopes: scopes_1.SCOPE_DESCRIPTIONS,
            },
            clientCredentials: {
                tokenUrl: '/oauth/token',
                scopes: scopes_1.SCOPE_DESCRIPTIONS,
            },
        },
    }, 'oauth2')
        .build();
}
/**
 * Sends the redirect URI for Swagger UI's OAuth2 popup, on the origin the page was loaded from.
 * Swagger UI's own default drops the last path segment of `/docs` and points at the site root.
 */
function serveSwaggerUiConfig(request, reply) {
    const origin = `${request.protocol}://${request.host}`;
    void reply
        .header('Cache-Control', 'no-store')
        .type('application/json')
        .send({ oauth2RedirectUrl: `${origin}${exports.SWAGGER_UI_REDIRECT_PATH}` });
}
//# sourceMappingURL=swagger.js.map