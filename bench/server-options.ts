import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Script path at the end of the `start:prod` command. */
const SERVER_SCRIPT = 'dist/src/main.js';

/** The environment and Node.js options of `exec [env NAME=value...] node [options] script`. */
export interface ServerCommand {
  /** Variables the script sets through `env`. */
  env: Record<string, string>;
  /** Node.js options before the script path. */
  nodeOptions: string[];
}

/**
 * Reads the `start:prod` script of package.json, which the Dockerfile and the manifests of
 * deploy/ also run, so that the bench measures the server as it is deployed.
 */
export function serverCommand(): ServerCommand {
  const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = packageJson.scripts['start:prod'];
  const words = script.replace(/^exec /, '').split(' ');
  const env: Record<string, string> = {};
  if (words[0] === 'env') {
    words.shift();
    while (words.length > 0 && words[0].includes('=')) {
      const [name, ...value] = (words.shift() as string).split('=');
      env[name] = value.join('=');
    }
  }
  const [executable, ...args] = words;
  if (executable !== 'node' || args.at(-1) !== SERVER_SCRIPT) {
    throw new Error(
      `Expected the start:prod script to be "exec [env NAME=value...] node [options] ${SERVER_SCRIPT}", got "${script}"`,
    );
  }
  return { env, nodeOptions: args.slice(0, -1) };
}
