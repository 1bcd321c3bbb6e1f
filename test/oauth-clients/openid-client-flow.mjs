// Runs the flows of a third-party OAuth client against a running server with openid-client v6,
// in its own Node process because jest cannot load ECMAScript-only packages. Reads its settings
// as JSON from the first argument and prints one JSON report on stdout.
import * as oauth from 'openid-client';

const settings = JSON.parse(process.argv[2]);
const discoveryOptions = { algorithm: 'oauth2', execute: [oauth.allowInsecureRequests] };

/** Fills in and posts the login page the way a browser would, and returns the redirect. */
async function logIn(authorizationUrl) {
  const page = await fetch(authorizationUrl);
  const cookie = page.headers.get('set-cookie').split(';')[0];
  const html = await page.text();
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.append(match[1], match[2].replace(/&amp;/g, '&'));
  }
  form.append('username', settings.username);
  form.append('password', settings.password);
  const response = await fetch(new URL('/oauth/authorize', settings.baseUrl), {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  return new URL(response.headers.get('location'));
}

async function refreshError(config, refreshToken) {
  try {
    await oauth.refreshTokenGrant(config, refreshToken);
    return null;
  } catch (error) {
    return error.error ?? error.message;
  }
}

async function run() {
  const report = {};
  const server = new URL(settings.baseUrl);

  const app = await oauth.discovery(
    server,
    settings.publicClientId,
    undefined,
    oauth.None(),
    discoveryOptions,
  );
  const metadata = app.serverMetadata();
  report.issuer = metadata.issuer;
  report.supportsPkce = metadata.supportsPKCE();

  const verifier = oauth.randomPKCECodeVerifier();
  const state = oauth.randomState();
  const authorizationUrl = oauth.buildAuthorizationUrl(app, {
    redirect_uri: settings.redirectUri,
    scope: 'profile:read profile:write',
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const callback = await logIn(authorizationUrl);
  const tokens = await oauth.authorizationCodeGrant(app, callback, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  report.code = {
    scope: tokens.scope,
    tokenType: tokens.token_type,
    hasRefresh: !!tokens.refresh_token,
  };

  const profile = await oauth.fetchProtectedResource(
    app,
    tokens.access_token,
    new URL('/users/me', server),
    'GET',
  );
  report.profile = { status: profile.status, email: (await profile.json()).email };

  const refreshed = await oauth.refreshTokenGrant(app, tokens.refresh_token);
  report.refresh = {
    rotated: refreshed.refresh_token !== tokens.refresh_token,
    scope: refreshed.scope,
  };

  const backOffice = await oauth.discovery(
    server,
    settings.confidentialClientId,
    undefined,
    oauth.ClientSecretBasic(settings.confidentialSecret),
    discoveryOptions,
  );
  const clientTokens = await oauth.clientCredentialsGrant(backOffice, { scope: 'users:read' });
  report.clientCredentials = { scope: clientTokens.scope, tokenType: clientTokens.token_type };

  const active = await oauth.tokenIntrospection(backOffice, refreshed.access_token);
  report.introspection = { active: active.active, sub: active.sub, clientId: active.client_id };

  await oauth.tokenRevocation(app, refreshed.refresh_token);
  const afterRevocation = await oauth.tokenIntrospection(backOffice, refreshed.access_token);
  report.revocation = {
    accessTokenActive: afterRevocation.active,
    refreshError: await refreshError(app, refreshed.refresh_token),
  };

  return report;
}

run().then(
  (report) => process.stdout.write(JSON.stringify(report)),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n${JSON.stringify(error.cause ?? {})}\n`);
    process.exit(1);
  },
);
