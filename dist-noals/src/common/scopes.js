"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_SCOPES = exports.SCOPE_DESCRIPTIONS = exports.Scope = void 0;
exports.isKnownScope = isKnownScope;
exports.isBrandAdminScope = isBrandAdminScope;
/**
 * Every scope the server grants, as `resource:action`. A route names the scopes it needs with
 * the `@Scopes()` decorator; a client may only be given scopes listed here.
 */
exports.Scope = {
    ProfileRead: 'profile:read',
    ProfileWrite: 'profile:write',
    WalletRead: 'wallet:read',
    LimitsRead: 'limits:read',
    LimitsWrite: 'limits:write',
    UsersRead: 'users:read',
    UsersWrite: 'users:write',
    ClientsRead: 'clients:read',
    ClientsWrite: 'clients:write',
    AuditRead: 'audit:read',
    WalletsRead: 'wallets:read',
    WalletsWrite: 'wallets:write',
    TransactionsRead: 'transactions:read',
    TransactionsWrite: 'transactions:write',
    PaymentMethodsWrite: 'payment-methods:write',
    TransactionsApprove: 'transactions:approve',
    GamesWrite: 'games:write',
    RoundsWrite: 'rounds:write',
    GameSessionsRead: 'game-sessions:read',
    GameSessionsWrite: 'game-sessions:write',
    BonusesRead: 'bonuses:read',
    BonusesClaim: 'bonuses:claim',
    BonusesWrite: 'bonuses:write',
    BrandsRead: 'brands:read',
    BrandsWrite: 'brands:write',
    /** Calls the token introspection endpoint (RFC 7662); held by confidential clients only. */
    TokensIntrospect: 'tokens:introspect',
    /** Rotates the access-token signing key, which every brand shares (platform operator). */
    KeysWrite: 'keys:write',
};
/** Description of each scope, shown in the OpenAPI document and Swagger UI. */
exports.SCOPE_DESCRIPTIONS = {
    'profile:read': "Read the player's own profile",
    'profile:write': "Change the player's own profile",
    'wallet:read': "Read the player's own wallet and ledger",
    'limits:read': "Read the player's own deposit and loss limits and what they still allow",
    'limits:write': "Set the player's own deposit and loss limits; raising one waits for a cooling-off period",
    'users:read': "Read any player of the client's brand (back office)",
    'users:write': "Create players in the client's brand (back office)",
    'clients:read': "Read the OAuth clients of the client's brand (back office)",
    'clients:write': "Register and change the OAuth clients of the client's brand (back office)",
    'audit:read': "Read the security events of the client's brand (back office)",
    'wallets:read': "Read and verify any wallet of the client's brand (back office)",
    'wallets:write': "Adjust any wallet of the client's brand (back office)",
    'transactions:read': "List the player's own payment transactions and the brand's payment methods",
    'transactions:write': "Start and finish the player's own deposits and withdrawals",
    'payment-methods:write': "Configure the payment methods of the client's brand (back office)",
    'transactions:approve': "Approve or decline withdrawals of the client's brand (back office)",
    'tokens:introspect': "Introspect tokens issued to the client's brand (back office)",
    'games:write': "Add and change the games of the client's brand (back office)",
    'rounds:write': "Report game rounds and end game sessions of the client's brand (game provider)",
    'game-sessions:read': "List the player's own game sessions and their totals",
    'game-sessions:write': "Start and end the player's own game sessions",
    'bonuses:read': "List the player's own bonuses: available, active and finished",
    'bonuses:claim': "Claim and forfeit the player's own bonuses",
    'bonuses:write': "Create and change the bonus offers of the client's brand (back office)",
    'brands:read': "Read the settings of the client's brand (back office)",
    'brands:write': "Change the settings of the client's brand, such as the debit order (back office)",
    'keys:write': 'Rotate the access-token signing key that every brand shares (platform operator)',
};
exports.ALL_SCOPES = Object.values(exports.Scope);
function isKnownScope(value) {
    return exports.ALL_SCOPES.includes(value);
}
/**
 * Back-office scopes: they act on a whole brand, so only a confidential client's own token
 * (client_credentials) may carry them, never a player's token.
 */
const BRAND_ADMIN_SCOPES = new Set([
    exports.Scope.UsersRead,
    exports.Scope.UsersWrite,
    exports.Scope.ClientsRead,
    exports.Scope.ClientsWrite,
    exports.Scope.AuditRead,
    exports.Scope.TokensIntrospect,
    exports.Scope.WalletsRead,
    exports.Scope.WalletsWrite,
    exports.Scope.PaymentMethodsWrite,
    exports.Scope.TransactionsApprove,
    exports.Scope.GamesWrite,
    exports.Scope.RoundsWrite,
    exports.Scope.BonusesWrite,
    exports.Scope.BrandsRead,
    exports.Scope.BrandsWrite,
    exports.Scope.KeysWrite,
]);
function isBrandAdminScope(scope) {
    return BRAND_ADMIN_SCOPES.has(scope);
}
//# sourceMappingURL=scopes.js.map