/**
 * `npm run invite`: print the URL that adds the bot to a server. Uses
 * DISCORD_APPLICATION_ID when set, otherwise asks Discord with the token.
 */
import { config as loadDotenv } from 'dotenv';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from './config.js';
import { REQUIRED_PERMISSIONS, inviteUrl } from './invite.js';
import { registerSecret, scrubSecrets } from '../logger.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let applicationId = /^\d{17,20}$/.test(process.env.DISCORD_APPLICATION_ID?.trim() ?? '') ? process.env.DISCORD_APPLICATION_ID!.trim() : undefined;
  if (!applicationId) {
    const config = loadConfig(process.env);
    registerSecret(config.token);
    const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
    applicationId = ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  }
  process.stdout.write(`${inviteUrl(applicationId)}\n\nPermissions requested:\n`);
  for (const p of REQUIRED_PERMISSIONS) process.stdout.write(`  ${p.name}: ${p.why}\n`);
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : `Could not build the invite URL: ${scrubSecrets(String((err as Error)?.message ?? err))}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
