# syntax=docker/dockerfile:1.7
# One image for every Node process of Prumo; the command chooses the process:
#   node subgraphs/<name>/dist/main.js   a subgraph (PROCESS_ROLE=server|worker|all)
#   node router/dist/main.js             the router
#   node scripts/bootstrap-db.js         roles, database and every subgraph's migrations (one-shot)
# Build from the repository root: docker build -f docker/node.Dockerfile -t prumo/node .

ARG NODE_IMAGE=node:20-bookworm-slim

# --- manifests: only the lockfile and the package.json files, so the npm layers below stay cached
# until a dependency changes (this stage reruns on any change, its output does not).
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /out \
 && find . -maxdepth 3 -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /out/ \; \
 && cp package-lock.json /out/

# --- deps: every dependency, dev included, to compile.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_fund=false npm_config_audit=false
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# --- build: compile every workspace (tsc -b follows tsconfig.json's references) and gather what
# runs: each workspace's dist/, the scripts and the committed schema (the router's supergraph).
FROM deps AS build
COPY . .
RUN npx tsc -b \
 && mkdir /out \
 && for dir in packages/* subgraphs/* router; do \
      if [ -d "$dir/dist" ]; then mkdir -p "/out/$dir" && cp -r "$dir/dist" "/out/$dir/"; fi; \
      if [ -d "$dir/knowledge" ]; then mkdir -p "/out/$dir" && cp -r "$dir/knowledge" "/out/$dir/"; fi; \
    done \
 && for dir in scripts schema; do \
      if [ -d "$dir" ]; then cp -r "$dir" /out/; fi; \
    done

# --- prod-deps: runtime dependencies only (workspace links included).
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_fund=false npm_config_audit=false
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# --- runtime: code owned by root and read-only for the process; only DATA_DIR (/data, a volume in
# compose) is writable by the non-root `node` user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
COPY docker/healthcheck.js ./docker/healthcheck.js
# Chromium is needed only by the energy worker (Playwright drives Debian's /usr/bin/chromium). Do not
# grow every image for it: when energy lands, add a stage and point energy-worker's build.target at it:
#   FROM runtime AS runtime-chromium
#   USER root
#   RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation \
#    && rm -rf /var/lib/apt/lists/*
#   USER node
USER node
EXPOSE 4000
CMD ["node", "router/dist/main.js"]

# --- energy-worker: Debian's Chromium for the portal robot (Playwright never downloads a browser).
FROM runtime AS runtime-energy
USER root
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation \
 && rm -rf /var/lib/apt/lists/*
USER node

# --- documents: OCR (tesseract with Portuguese data) and PDF tools (poppler), installed from Debian
# at build time; nothing is downloaded at run time. documents and documents-worker use this target.
FROM runtime AS runtime-documents
USER root
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-por poppler-utils \
 && rm -rf /var/lib/apt/lists/*
USER node
