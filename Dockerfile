# syntax=docker/dockerfile:1

# One Node version for every stage; the patch version is pinned so rebuilds are reproducible.
# NOTE: pin the image by digest as well (node:20.20.2-bookworm-slim@sha256:...) once a registry
# is at hand to read it from.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# Installs every dependency and builds, with the same commands CI runs.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ormconfig.ts ./
COPY src ./src
RUN npm run build

# Installs the runtime dependencies only.
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
# The start:prod script sets MALLOC_MMAP_THRESHOLD_ through `env`; the image sets it here, so that
# it also applies when a manifest or `docker run` replaces the command.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 MALLOC_MMAP_THRESHOLD_=4194304
WORKDIR /app
# Files stay owned by root and the process runs as `node` (uid 1000), so the code cannot be
# changed at run time and the root filesystem may be mounted read-only. The server writes only
# to stdout and stderr.
COPY package.json ./
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Node runs as PID 1 and handles SIGTERM and SIGINT itself (src/main.ts, src/cluster.ts); it
# starts no child processes except cluster workers, which it waits for. Production requires
# DATABASE_URL and KEY_ENCRYPTION_SECRET. Run `node dist/src/cli/migrate.js` once per release
# and set RUN_MIGRATIONS=false, or leave RUN_MIGRATIONS=true for a single instance. The Node.js
# options are those of the start:prod script; the README's configuration section explains them.
CMD ["node", "--max-old-space-size=1024", "--no-allocation-site-pretenuring", "dist/src/main.js"]
