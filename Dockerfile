# syntax=docker/dockerfile:1
# KeyDesk container image. Build: docker build -t keydesk .   Run: see docs/deploy.md.
# The runtime stage runs the Next.js standalone server (next.config.ts: output "standalone").

ARG NODE_IMAGE=node:24-bookworm-slim

# --- dependencies, cached while package*.json do not change ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build; also usable for `npm run doctor` (docker build --target build -t keydesk-build .) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Settings arrive at run time, not build time: skip next.config.ts's validation here.
RUN SKIP_ENV_VALIDATION=1 npm run build

# --- runtime: the standalone server only, as the unprivileged "node" user ---
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The standalone output holds neither the static assets nor public/: copy them next to server.js.
# KeyDesk ships no public/ folder, but an operator may add one (a logo for ORG_LOGO_URL): the
# pattern "publi[c]" copies it when it exists and nothing otherwise (BuildKit, see the syntax line).
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/publi[c] ./public
# Hands the app the client's TCP address and makes undecodable paths decodable (docs/deploy.md).
COPY --from=build /app/server-entry.mts ./
# The only place Next.js writes at run time; mount a tmpfs/emptyDir here with a read-only root.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Young generation sized for per-request garbage (docs/deploy.md, "Sizing"); same flags as scripts/stack.ts.
CMD ["node", "--max-semi-space-size=64", "server-entry.mts", "server.js"]
