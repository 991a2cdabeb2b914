/**
 * `npm run deploy-commands [-- --guild ID ...]`: register the slash commands
 * (globally, or in the given servers) and print what changed. Writes only
 * when the registered commands differ from the definitions.
 */
import { config as loadDotenv } from 'dotenv';
import { DiscordAPIError, REST } from 'discord.js';
import { ConfigError, loadConfig } from './config.js';
import { USAGE, UsageError, deploy, parseDeployArgs } from './deploy.js';
import { registerSecret, scrubSecrets } from '../logger.js';

async function main(): Promise<void> {
  const args = parseDeployArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  registerSecret(config.token);
  const { commands } = await import('../../commands/index.js');
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const { applicationId, lines } = await deploy(rest, commands.map((c) => c.definition), args, config.applicationId);
  process.stdout.write(`Application ${applicationId}: ${commands.length} command definitions\n`);
  for (const line of lines) process.stdout.write(`${line}\n`);
}

main().catch((err: unknown) => {
  let message: string;
  if (err instanceof ConfigError) message = err.message;
  else if (err instanceof UsageError) message = `${err.message}\n${USAGE}`;
  else if (err instanceof DiscordAPIError) message = `Registration failed: Discord said "${err.message}" (code ${err.code}, HTTP ${err.status}).`;
  else message = `Registration failed: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`${scrubSecrets(message)}\n`);
  process.exit(1);
});
