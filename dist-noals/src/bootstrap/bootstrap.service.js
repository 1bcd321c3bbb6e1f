"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var BootstrapService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.BootstrapService = exports.DEMO_PLAYER = void 0;
const common_1 = require("@nestjs/common");
const clients_service_1 = require("../auth-server/clients/clients.service");
const clients_repository_1 = require("../auth-server/clients/clients.repository");
const brands_repository_1 = require("../brands/brands.repository");
const games_repository_1 = require("../gaming/games/games.repository");
const payment_methods_repository_1 = require("../gaming/payment-methods/payment-methods.repository");
const scopes_1 = require("../common/scopes");
const swagger_1 = require("../common/swagger");
const app_config_1 = require("../config/app-config");
const users_service_1 = require("../users/users.service");
exports.DEMO_PLAYER = {
    email: 'demo@xcasino.test',
    nickname: 'demo',
    password: 'demo-player-pass',
};
const BACK_OFFICE_SCOPES = [
    scopes_1.Scope.ClientsRead,
    scopes_1.Scope.ClientsWrite,
    scopes_1.Scope.UsersRead,
    scopes_1.Scope.UsersWrite,
    scopes_1.Scope.AuditRead,
    scopes_1.Scope.TokensIntrospect,
    scopes_1.Scope.WalletsRead,
    scopes_1.Scope.WalletsWrite,
    scopes_1.Scope.PaymentMethodsWrite,
    scopes_1.Scope.TransactionsApprove,
    scopes_1.Scope.GamesWrite,
    scopes_1.Scope.RoundsWrite,
    scopes_1.Scope.BonusesWrite,
    scopes_1.Scope.BrandsRead,
    scopes_1.Scope.BrandsWrite,
    scopes_1.Scope.KeysWrite,
];
const PLAYER_SCOPES = [
    scopes_1.Scope.ProfileRead,
    scopes_1.Scope.ProfileWrite,
    scopes_1.Scope.WalletRead,
    scopes_1.Scope.LimitsRead,
    scopes_1.Scope.LimitsWrite,
    scopes_1.Scope.TransactionsRead,
    scopes_1.Scope.TransactionsWrite,
    scopes_1.Scope.GameSessionsRead,
    scopes_1.Scope.GameSessionsWrite,
    scopes_1.Scope.BonusesRead,
    scopes_1.Scope.BonusesClaim,
];
/** Sandbox methods of the demo brand, in EUR cents: 10.00-5,000.00 deposits, 20.00-2,000.00 withdrawals. */
const DEMO_PAYMENT_METHODS = [
    { type: 'deposit', name: 'Sandbox card', minAmount: '1000', maxAmount: '500000', fee: '0' },
    {
        type: 'withdrawal',
        name: 'Sandbox bank transfer',
        minAmount: '2000',
        maxAmount: '200000',
        fee: '100',
    },
];
/**
 * Creates the first back-office client and, in development, a demo brand with a player. Runs at
 * start-up; a production start never seeds demo data.
 */
let BootstrapService = BootstrapService_1 = class BootstrapService {
    config;
    brands;
    clients;
    clientsRepository;
    users;
    paymentMethods;
    games;
    logger = new common_1.Logger(BootstrapService_1.name);
    constructor(config, brands, clients, clientsRepository, users, paymentMethods, games) {
        this.config = config;
        this.brands = brands;
        this.clients = clients;
        this.clientsRepository = clientsRepository;
        this.users = users;
        this.paymentMethods = paymentMethods;
        this.games = games;
    }
    async run() {
        const report = {};
        const seedDemo = !this.config.isProduction &&
            this.config.SEED_DEMO === 'true' &&
            (await this.brands.count()) === 0;
        if (seedDemo) {
            await this.seedDemoBrand(report);
        }
        if (this.config.BOOTSTRAP_CLIENT_ID && this.config.BOOTSTRAP_CLIENT_SECRET) {
            await this.ensureBackOffice(this.config.BOOTSTRAP_CLIENT_ID, this.config.BOOTSTRAP_CLIENT_SECRET, report);
        }
        else if (seedDemo) {
            await this.ensureBackOffice(`${this.config.BOOTSTRAP_BRAND}-backoffice`, undefined, report);
        }
        return report;
    }
    async seedDemoBrand(report) {
        const code = this.config.BOOTSTRAP_BRAND;
        const brand = await this.brands.ensure(code, 'XCasino (demo)');
        await this.clients.register(brand.id, {
            client_id: code,
            name: `${brand.name} app`,
            type: 'public',
            grant_types: ['password', 'refresh_token', 'activation_code'],
            scopes: PLAYER_SCOPES,
            default_scopes: PLAYER_SCOPES,
            username_types: ['email', 'nickname', 'mobile_number'],
        });
        report.swaggerUiClientId = await this.registerSwaggerUiClient(brand.id, brand.name);
        await this.users.create(brand.id, {
            email: exports.DEMO_PLAYER.email,
            nickname: exports.DEMO_PLAYER.nickname,
            password: exports.DEMO_PLAYER.password,
            first_name: 'Demo',
            last_name: 'Player',
            birthday: '1990-01-01',
            gender: 'other',
            country: 'MT',
            currency: 'EUR',
            language: 'en',
            mobile_code: '+356',
            mobile_number: '79000000',
            accepted_terms: true,
        }, 'active');
        for (const method of DEMO_PAYMENT_METHODS) {
            await this.paymentMethods.create({ ...method, brandId: brand.id, providerId: 'sandbox' });
        }
        await this.games.createGame({
            brandId: brand.id,
            name: 'Demo slot',
            provider: 'sandbox-games',
            category: 'slots',
            countsForWagering: true,
        });
        this.logger.log(`Seeded the demo brand ${code}`);
        Object.assign(report, { brand: code, appClientId: code, demoPlayer: exports.DEMO_PLAYER });
    }
    /**
     * Registers the public client that Swagger UI at /docs signs players in with. Its redirect URI
     * is Swagger UI's `oauth2-redirect.html` on the origins the server is reached at, and
     * `127.0.0.1` matches on any port as a loopback address (RFC 8252 §7.3).
     */
    async registerSwaggerUiClient(brandId, brandName) {
        const clientId = (0, swagger_1.swaggerUiClientId)(this.config.BOOTSTRAP_BRAND);
        await this.clients.register(brandId, {
            client_id: clientId,
            name: `${brandName} Swagger UI`,
            type: 'public',
            grant_types: ['authorization_code', 'password', 'refresh_token'],
            scopes: PLAYER_SCOPES,
            default_scopes: PLAYER_SCOPES,
            username_types: ['email', 'nickname', 'mobile_number'],
            redirect_uris: this.swaggerUiRedirectUris(),
            // Swagger UI is the brand's own page, so players skip the consent page.
            first_party: true,
        });
        return clientId;
    }
    swaggerUiRedirectUris() {
        const origins = [
            `http://127.0.0.1:${this.config.PORT}`,
            `http://localhost:${this.config.PORT}`,
            new URL(this.config.issuer).origin,
        ];
        return [...new Set(origins)].map((origin) => `${origin}${swagger_1.SWAGGER_UI_REDIRECT_PATH}`);
    }
    async ensureBackOffice(clientId, secret, report) {
        if (await this.clientsRepository.findByClientId(clientId)) {
            return;
        }
        const brand = await this.brands.ensure(this.config.BOOTSTRAP_BRAND, this.config.BOOTSTRAP_BRAND);
        const registered = await this.clients.register(brand.id, {
            client_id: clientId,
            name: 'Back office',
            type: 'confidential',
            grant_types: ['client_credentials'],
            scopes: BACK_OFFICE_SCOPES,
            default_scopes: BACK_OFFICE_SCOPES,
        }, secret);
        this.logger.log({ clientId }, 'Created the back-office client');
        report.backOffice = { clientId, secret: secret ? undefined : registered.secret };
    }
};
exports.BootstrapService = BootstrapService;
exports.BootstrapService = BootstrapService = BootstrapService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig,
        brands_repository_1.BrandsRepository,
        clients_service_1.ClientsService,
        clients_repository_1.ClientsRepository,
        users_service_1.UsersService,
        payment_methods_repository_1.PaymentMethodsRepository,
        games_repository_1.GamesRepository])
], BootstrapService);
//# sourceMappingURL=bootstrap.service.js.map