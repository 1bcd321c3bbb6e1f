import { isRegisteredRedirectUri } from './redirect-uri';

describe('isRegisteredRedirectUri', () => {
  const registered = [
    'https://app.example.test/callback',
    'http://127.0.0.1/callback',
    'http://[::1]:8080/native',
    'com.example.app:/oauth',
  ];

  it.each([
    ['https://app.example.test/callback'],
    ['com.example.app:/oauth'],
    ['http://127.0.0.1/callback'],
    ['http://127.0.0.1:51234/callback'],
    ['http://[::1]/native'],
    ['http://[::1]:9999/native'],
  ])('accepts %s', (uri) => {
    expect(isRegisteredRedirectUri(registered, uri)).toBe(true);
  });

  it.each([
    ['https://app.example.test/callback/'],
    ['https://app.example.test/callback?next=1'],
    ['https://APP.example.test:443/callback#x'],
    ['https://app.example.test:8443/callback'],
    ['http://localhost:51234/callback'],
    ['https://127.0.0.1:51234/callback'],
    ['http://127.0.0.1:51234/callback?x=1'],
    ['http://127.0.0.1:51234/callback#fragment'],
    ['http://127.0.0.2:51234/callback'],
    ['http://user@127.0.0.1:51234/callback'],
    ['not a url'],
    [''],
  ])('rejects %s', (uri) => {
    expect(isRegisteredRedirectUri(registered, uri)).toBe(false);
  });
});
