const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);

/**
 * Returns whether `requested` is one of the registered redirect URIs. The comparison is exact,
 * except that a registered `http` loopback IP literal (127.0.0.1 or [::1]) matches on any port, because
 * native apps listen on a port the operating system picks (RFC 8252 §7.3). `localhost` gets no
 * such exception, as RFC 8252 §8.3 advises.
 */
export function isRegisteredRedirectUri(registered: readonly string[], requested: string): boolean {
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

function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function samePortless(a: URL, b: URL): boolean {
  return (
    a.hostname === b.hostname &&
    a.pathname === b.pathname &&
    a.search === b.search &&
    a.username === b.username &&
    a.password === b.password
  );
}

function parseUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.hash === '' ? url : null;
  } catch {
    return null;
  }
}
