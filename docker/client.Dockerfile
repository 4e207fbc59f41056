# syntax=docker/dockerfile:1.7
# The React client: built with Node (Vite), served by unprivileged nginx on :8080, which also proxies
# the API paths to the router (docker/nginx/default.conf).
# Build from the repository root: docker build -f docker/client.Dockerfile -t prumo/client .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

# --- manifests: only the lockfile and the package.json files (keeps the npm ci layer cached).
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /out \
 && find . -maxdepth 3 -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /out/ \; \
 && cp package-lock.json /out/

# --- deps
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_fund=false npm_config_audit=false
COPY --from=manifests /out/ ./
RUN --mount=type=cache,target=/root/.npm npm ci

# --- build: the workspaces first (the client may import @prumo/br), then the static Vite build.
FROM deps AS build
COPY . .
RUN npx tsc -b && npm run build -w client

# --- runtime: nginx as uid 101, listening on 8080.
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/client/dist/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
