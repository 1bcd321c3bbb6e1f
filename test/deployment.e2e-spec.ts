import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';

import { AppConfig, loadConfig } from '../src/config/app-config';
import { startTestApp, TestApp } from './helpers/test-app';

// Starting the application takes several seconds on a loaded machine.
jest.setTimeout(30_000);

const ROOT = join(__dirname, '..');

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // The fields read below differ by kind; each test reads the ones of its kind.
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface Probe {
  httpGet: { path: string; port: string | number };
}

function readManifests(): Manifest[] {
  return readdirSync(join(ROOT, 'deploy'))
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(ROOT, 'deploy', file), 'utf8')).map((document) => {
        expect(document.errors).toEqual([]);
        return document.toJS() as Manifest;
      }),
    );
}

function scripts(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts;
}

/**
 * Splits an npm script of the form `exec [env NAME=value...] command...` into the variables it
 * sets and the argument list it runs. `exec` only replaces the shell.
 */
function parseScript(name: string): { env: Record<string, string>; command: string[] } {
  const words = scripts()
    [name].replace(/^exec /, '')
    .split(' ');
  const env: Record<string, string> = {};
  if (words[0] === 'env') {
    words.shift();
    while (words[0]?.includes('=')) {
      const [variable, ...value] = (words.shift() as string).split('=');
      env[variable] = value.join('=');
    }
  }
  return { env, command: words };
}

/** Returns the command of an npm script as an argument list, without `exec` and `env`. */
function scriptCommand(name: string): string[] {
  return parseScript(name).command;
}

function one(manifests: Manifest[], kind: string): Manifest {
  const found = manifests.filter((manifest) => manifest.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('deployment files', () => {
  const manifests = readManifests();
  const deployment = one(manifests, 'Deployment');
  const container = deployment.spec.template.spec.containers[0];
  const secret = one(manifests, 'Secret');
  const configMap = one(manifests, 'ConfigMap');
  const podLabels: Record<string, string> = deployment.spec.template.metadata.labels;
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('Kubernetes manifests', () => {
    it('each names its kind and itself', () => {
      for (const manifest of manifests) {
        expect(manifest.apiVersion).toEqual(expect.any(String));
        expect(manifest.kind).toEqual(expect.any(String));
        expect(manifest.metadata.name).toMatch(/^[a-z0-9-]+$/);
      }
    });

    it('kustomization lists every manifest but examples', () => {
      const kustomization = parse(readFileSync(join(ROOT, 'deploy', 'kustomization.yaml'), 'utf8'));
      const files = readdirSync(join(ROOT, 'deploy')).filter(
        (file) =>
          file.endsWith('.yaml') &&
          file !== 'kustomization.yaml' &&
          !file.endsWith('.example.yaml'),
      );

      expect([...kustomization.resources].sort()).toEqual(files.sort());
    });

    it('probes point at routes that respond 200', async () => {
      const probes: Probe[] = [
        container.startupProbe,
        container.readinessProbe,
        container.livenessProbe,
      ];
      const portNames = (container.ports as { name: string }[]).map((port) => port.name);

      for (const probe of probes) {
        expect(portNames).toContain(probe.httpGet.port);
        const response = await request(testApp.server).get(probe.httpGet.path);
        expect(response.status).toBe(200);
      }
    });

    it('scrape annotation points at the metrics route', async () => {
      const annotations = deployment.spec.template.metadata.annotations;

      const response = await request(testApp.server).get(annotations['prometheus.io/path']);

      expect(response.status).toBe(200);
      expect(Number(annotations['prometheus.io/port'])).toBe(container.ports[0].containerPort);
    });

    it('server runs the start:prod script', () => {
      expect(container.command).toEqual(scriptCommand('start:prod'));
    });

    it('migration job runs the migrate script', () => {
      const job = one(manifests, 'Job');

      expect(job.spec.template.spec.containers[0].command).toEqual(scriptCommand('migrate'));
      expect(job.spec.template.spec.containers[0].image).toBe(container.image);
    });

    it('secret holds the database URL and the key secret', () => {
      expect(Object.keys(secret.stringData ?? {})).toEqual(
        expect.arrayContaining(['DATABASE_URL', 'KEY_ENCRYPTION_SECRET']),
      );
      const sources = container.envFrom as { secretRef?: { name: string } }[];
      expect(sources.map((source) => source.secretRef?.name)).toContain(secret.metadata.name);
    });

    it('configuration passes validation', () => {
      const env = { ...configMap.data, ...secret.stringData };
      const known = Object.keys(new AppConfig());

      for (const name of Object.keys(env)) {
        expect(known).toContain(name);
      }
      expect(() => loadConfig(env)).not.toThrow();
      expect(loadConfig(env).RUN_MIGRATIONS).toBe('false');
    });

    it('containers run as non-root on a read-only filesystem', () => {
      const job = one(manifests, 'Job');
      for (const pod of [deployment.spec.template.spec, job.spec.template.spec]) {
        expect(pod.securityContext.runAsNonRoot).toBe(true);
        expect(pod.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
        expect(pod.containers[0].securityContext.allowPrivilegeEscalation).toBe(false);
      }
    });

    it('selectors match the pods', () => {
      const service = one(manifests, 'Service');
      const budget = one(manifests, 'PodDisruptionBudget');

      expect(podLabels).toMatchObject(deployment.spec.selector.matchLabels);
      expect(podLabels).toMatchObject(service.spec.selector);
      expect(podLabels).toMatchObject(budget.spec.selector.matchLabels);
    });

    it('autoscaler targets the deployment', () => {
      const autoscaler = one(manifests, 'HorizontalPodAutoscaler');

      expect(autoscaler.spec.scaleTargetRef).toEqual({
        apiVersion: deployment.apiVersion,
        kind: 'Deployment',
        name: deployment.metadata.name,
      });
      expect(autoscaler.spec.minReplicas).toBeGreaterThan(1);
    });
  });

  describe('package.json', () => {
    it('start runs what start:prod runs', () => {
      expect(parseScript('start')).toEqual(parseScript('start:prod'));
    });
  });

  describe('docker-compose.yml', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
      merge: true,
    });

    it('runs PostgreSQL, Redis, a migration and servers', () => {
      expect(Object.keys(compose.services)).toEqual(
        expect.arrayContaining(['postgres', 'redis', 'migrate', 'server-1', 'server-2']),
      );
      expect(compose.services.migrate.command).toEqual(scriptCommand('migrate'));
      expect(compose.services['server-1'].command).toEqual(scriptCommand('start:prod'));
    });

    it('server settings are known variables', () => {
      const known = Object.keys(new AppConfig());

      for (const name of Object.keys(compose.services['server-1'].environment)) {
        expect(known).toContain(name);
      }
      expect(compose.services['server-1'].read_only).toBe(true);
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

    it('pins the base image version', () => {
      expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:\d+\.\d+\.\d+-[a-z]+-slim$/m);
      expect(dockerfile).not.toMatch(/:latest\b/);
    });

    it('runs the start:prod script as a non-root user', () => {
      const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]';

      expect(JSON.parse(cmd)).toEqual(scriptCommand('start:prod'));
      expect(dockerfile).toMatch(/^USER node$/m);
    });

    it('sets the variables of the start:prod script', () => {
      const variables = parseScript('start:prod').env;
      const env = (/^ENV (.*)$/m.exec(dockerfile)?.[1] ?? '').split(' ');

      for (const [name, value] of Object.entries(variables)) {
        expect(env).toContain(`${name}=${value}`);
      }
    });

    it('health check calls the health route', () => {
      expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    });
  });
});
