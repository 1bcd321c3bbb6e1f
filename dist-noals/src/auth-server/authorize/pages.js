"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loginPage = loginPage;
exports.consentPage = consentPage;
exports.errorPage = errorPage;
exports.escapeHtml = escapeHtml;
const node_crypto_1 = require("node:crypto");
const scopes_1 = require("../../common/scopes");
const STYLE = `
body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1a1a1a;margin:0}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:1.5rem;margin-top:0}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;margin-top:.3rem;font-size:1rem;
border:1px solid #767676;border-radius:4px}
button{margin-top:1.5rem;padding:.7rem 1.2rem;font-size:1rem;border:0;border-radius:4px;
background:#0b57d0;color:#fff;cursor:pointer}
button.secondary{background:#5f6368;margin-left:.5rem}
button:focus,input:focus{outline:3px solid #f9ab00;outline-offset:2px}
.error{background:#fce8e6;color:#a50e0e;padding:.75rem;border-radius:4px}
ul{padding-left:1.2rem}
`;
function loginPage(model) {
    const error = model.error
        ? `<p class="error" role="alert" id="login-error">${escapeHtml(model.error)}</p>`
        : '';
    const describedBy = model.error ? ' aria-describedby="login-error"' : '';
    // NOTE: no captcha widget is rendered, because the policy allows no scripts. A client with
    // captcha_required needs the player to paste a captcha response into this field.
    const captcha = model.captchaRequired
        ? field('captcha', 'Captcha response', 'text', 'off', '', describedBy)
        : '';
    const body = `
<h1>Sign in to ${escapeHtml(model.brandName)}</h1>
<p><strong>${escapeHtml(model.clientName)}</strong> asks you to sign in.</p>
${error}
<form method="post" action="/oauth/authorize">
${hiddenFields(model.hidden)}
${field('username', usernameLabel(model.usernameTypes), 'text', 'username', model.username ?? '', describedBy)}
${field('password', 'Password', 'password', 'current-password', '', describedBy)}
${captcha}
<button type="submit">Sign in</button>
</form>`;
    return page(`Sign in to ${model.brandName}`, body, model.error ? 400 : 200, model.redirectOrigin);
}
const USERNAME_WORDS = {
    email: 'email',
    nickname: 'nickname',
    mobile_number: 'mobile number',
};
/** Returns the username label for the brand's username types, such as "Email or nickname". */
function usernameLabel(types) {
    const words = types.map((type) => USERNAME_WORDS[type]);
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words[0];
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function consentPage(model) {
    const scopes = model.scopes
        .map((scope) => {
        const description = scopes_1.SCOPE_DESCRIPTIONS[scope] ?? scope;
        return `<li>${escapeHtml(description)} <code>${escapeHtml(scope)}</code></li>`;
    })
        .join('\n');
    const body = `
<h1>Allow access to your ${escapeHtml(model.brandName)} account?</h1>
<p><strong>${escapeHtml(model.clientName)}</strong> asks for permission to:</p>
<ul>${scopes || '<li>Know who you are</li>'}</ul>
<form method="post" action="/oauth/authorize/consent">
${hiddenFields(model.hidden)}
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`;
    return page(`Allow access - ${model.brandName}`, body, 200, model.redirectOrigin);
}
function errorPage(description, status = 400) {
    const body = `
<h1>This sign-in link does not work</h1>
<p role="alert">${escapeHtml(description)}</p>
<p>Go back to the app you came from and try again.</p>`;
    return page('Sign-in error', body, status);
}
function page(title, body, status, redirectOrigin) {
    const nonce = (0, node_crypto_1.randomBytes)(16).toString('base64');
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>${body}
</main>
</body>
</html>
`;
    return { status, html, contentSecurityPolicy: contentSecurityPolicy(nonce, redirectOrigin) };
}
/**
 * No scripts at all, only this page's own style, no framing. `form-action` also names the
 * redirect URI's origin because Chromium applies it to the redirect that follows the POST.
 */
function contentSecurityPolicy(nonce, redirectOrigin) {
    const formAction = redirectOrigin ? `'self' ${redirectOrigin}` : "'self'";
    return [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        "img-src 'self' data:",
        `form-action ${formAction}`,
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ].join('; ');
}
function field(name, label, type, autocomplete, value, describedBy) {
    return `<label for="${name}">${escapeHtml(label)}</label>
<input id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" value="${escapeHtml(value)}" required${describedBy}>`;
}
function hiddenFields(fields) {
    return Object.entries(fields)
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
        .join('\n');
}
function escapeHtml(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
//# sourceMappingURL=pages.js.map