# One image for the four apps and the web console; the compose file picks the app with its command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# Heap limits for each app, as npm start sets them (docs/performance.md, "Against the targets": Memory).
ENV NODE_ENV=production HOST=0.0.0.0 NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=4"
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/register-paths.js ./scripts/register-paths.js
# Provisioning (the compose file's `setup`) applies the broker's ACLs from this file.
COPY --from=build /app/infra/kafka/acls.json ./infra/kafka/acls.json
COPY --from=build /app/infra/alerts/rota.json ./infra/alerts/rota.json
COPY --from=build /app/tsconfig.json /app/package.json ./
# The web console's pages (plain files, served as they are).
COPY --from=build /app/apps/console/public ./apps/console/public
USER node
