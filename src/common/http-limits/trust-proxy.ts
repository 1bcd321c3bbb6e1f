/** A function of the form Fastify's `trustProxy` option takes: `hop` 0 is the direct peer. */
export type TrustProxyFunction = (address: string, hop: number) => boolean;

/**
 * Converts TRUST_PROXY's parsed value to Fastify's `trustProxy` option. Since Fastify 5.12 a
 * bare number trusts no hop at all, so a hop count becomes a function that trusts the nearest
 * `hops` addresses, which is what a number meant to proxy-addr and to earlier Fastify releases.
 */
export function fastifyTrustProxy(
  value: boolean | number | string[],
): boolean | string[] | TrustProxyFunction {
  if (typeof value !== 'number') {
    return value;
  }
  const hops = value;
  return (_address, hop) => hop < hops;
}
