# The bot as a container: `docker build -t incident-bot .` then
#   docker run --env-file .env incident-bot
# node is the entry point (not npm), so `docker stop` (SIGTERM) reaches the bot: it closes the
# gateway, finishes the answers in flight and exits 0 well within Docker's 10 s.

# ---- build: all dependencies, one bundle per program in dist/, then only the runtime dependencies.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` builds, and the sources are not here yet (this layer is cached on the lock file).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && mkdir -p data .cache/engine

# ---- run: node, the bundles, the runtime dependencies (pino), the corpus and data/.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
# Owned by the unprivileged user: the bot re-reads the corpus live (npm run ingest inside the container
# writes to it) and saves engine snapshots in .cache/. Mount a volume on /app/corpus for your own reports.
COPY --from=build --chown=node:node /app/corpus ./corpus
COPY --from=build --chown=node:node /app/.cache ./.cache
USER node
# Save the engine snapshot of the corpus in the image: the first start loads it instead of building it.
RUN node dist/console.js --json < /dev/null > /dev/null
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/bot.js"]
