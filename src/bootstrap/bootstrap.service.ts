import { Injectable, Logger } from '@nestjs/common';

import { ClientsService } from '../auth-server/clients/clients.service';
import { ClientsRepository } from '../auth-server/clients/clients.repository';
import { BrandsRepository } from '../brands/brands.repository';
import { GamesRepository } from '../gaming/games/games.repository';
import { PaymentMethodsRepository } from '../gaming/payment-methods/payment-methods.repository';
import { Scope } from '../common/scopes';
import { SWAGGER_UI_REDIRECT_PATH, swaggerUiClientId } from '../common/swagger';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';

export const DEMO_PLAYER = {
  email: 'demo@xcasino.test',
  nickname: 'demo',
  password: 'demo-player-pass',
};

const BACK_OFFICE_SCOPES = [
  Scope.ClientsRead,
  Scope.ClientsWrite,
  Scope.UsersRead,
  Scope.UsersWrite,
  Scope.AuditRead,
  Scope.TokensIntrospect,
  Scope.WalletsRead,
  Scope.WalletsWrite,
  Scope.PaymentMethodsWrite,
  Scope.TransactionsApprove,
  Scope.GamesWrite,
  Scope.RoundsWrite,
  Scope.BonusesWrite,
  Scope.BrandsRead,
  Scope.BrandsWrite,
  Scope.KeysWrite,
];
const PLAYER_SCOPES = [
  Scope.ProfileRead,
  Scope.ProfileWrite,
  Scope.WalletRead,
  Scope.LimitsRead,
  Scope.LimitsWrite,
  Scope.TransactionsRead,
  Scope.TransactionsWrite,
  Scope.GameSessionsRead,
  Scope.GameSessionsWrite,
  Scope.BonusesRead,
  Scope.BonusesClaim,
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
] as const;

/** The demo data and clients a start created, printed once for the operator. */
export interface BootstrapReport {
  brand?: string;
  appClientId?: string;
  swaggerUiClientId?: string;
  demoPlayer?: typeof DEMO_PLAYER;
  backOffice?: { clientId: string; secret?: string };
}

/**
 * Creates the first back-office client and, in development, a demo brand with a player. Runs at
 * start-up; a production start never seeds demo data.
 */
@Injectable()
export class BootstrapService {
  private readonly logger = new Logger(BootstrapService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly brands: BrandsRepository,
    private readonly clients: ClientsService,
    private readonly clientsRepository: ClientsRepository,
    private readonly users: UsersService,
    private readonly paymentMethods: PaymentMethodsRepository,
    private readonly games: GamesRepository,
  ) {}

  async run(): Promise<BootstrapReport> {
    const report: BootstrapReport = {};
    const seedDemo =
      !this.config.isProduction &&
      this.config.SEED_DEMO === 'true' &&
      (await this.brands.count()) === 0;

    if (seedDemo) {
      await this.seedDemoBrand(report);
    }
    if (this.config.BOOTSTRAP_CLIENT_ID && this.config.BOOTSTRAP_CLIENT_SECRET) {
      await this.ensureBackOffice(
        this.config.BOOTSTRAP_CLIENT_ID,
        this.config.BOOTSTRAP_CLIENT_SECRET,
        report,
      );
    } else if (seedDemo) {
      await this.ensureBackOffice(`${this.config.BOOTSTRAP_BRAND}-backoffice`, undefined, report);
    }
    return report;
  }

  private async seedDemoBrand(report: BootstrapReport): Promise<void> {
    const code = this.config.BOOTSTRAP_BRAND;
    const brand = await this.brands.ensure(code, 'XCasino (demo)');
    await this.clients.register(
      brand.id,
      {
        client_id: code,
        name: `${brand.name} app`,
        type: 'public',
        grant_types: ['password', 'refresh_token', 'activation_code'],
        scopes: PLAYER_SCOPES,
        default_scopes: PLAYER_SCOPES,
        username_types: ['email', 'nickname', 'mobile_number'],
      },
      null,
    );
    report.swaggerUiClientId = await this.registerSwaggerUiClient(brand.id, brand.name);
    await this.users.create(
      brand.id,
      {
        email: DEMO_PLAYER.email,
        nickname: DEMO_PLAYER.nickname,
        password: DEMO_PLAYER.password,
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
      },
      'active',
    );
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
    Object.assign(report, { brand: code, appClientId: code, demoPlayer: DEMO_PLAYER });
  }

  /**
   * Registers the public client that Swagger UI at /docs signs players in with. Its redirect URI
   * is Swagger UI's `oauth2-redirect.html` on the origins the server is reached at, and
   * `127.0.0.1` matches on any port as a loopback address (RFC 8252 §7.3).
   */
  private async registerSwaggerUiClient(brandId: string, brandName: string): Promise<string> {
    const clientId = swaggerUiClientId(this.config.BOOTSTRAP_BRAND);
    await this.clients.register(
      brandId,
      {
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
      },
      null,
    );
    return clientId;
  }

  private swaggerUiRedirectUris(): string[] {
    const origins = [
      `http://127.0.0.1:${this.config.PORT}`,
      `http://localhost:${this.config.PORT}`,
      new URL(this.config.issuer).origin,
    ];
    return [...new Set(origins)].map((origin) => `${origin}${SWAGGER_UI_REDIRECT_PATH}`);
  }

  private async ensureBackOffice(
    clientId: string,
    secret: string | undefined,
    report: BootstrapReport,
  ): Promise<void> {
    if (await this.clientsRepository.findByClientId(clientId)) {
      return;
    }
    const brand = await this.brands.ensure(
      this.config.BOOTSTRAP_BRAND,
      this.config.BOOTSTRAP_BRAND,
    );
    const registered = await this.clients.register(
      brand.id,
      {
        client_id: clientId,
        name: 'Back office',
        type: 'confidential',
        grant_types: ['client_credentials'],
        scopes: BACK_OFFICE_SCOPES,
        default_scopes: BACK_OFFICE_SCOPES,
      },
      null,
      secret,
    );
    this.logger.log({ clientId }, 'Created the back-office client');
    report.backOffice = { clientId, secret: secret ? undefined : registered.secret };
  }
}
