/** Registering definitions from the command line: where to write, and what changed. */
import { REST, Routes } from 'discord.js';
import { describeSync, syncCommands, type Definition, type SyncResult } from './registration.js';

export interface DeployArgs {
  guilds: string[];
  dryRun: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run deploy-commands -- [--guild ID]... [--dry-run]
  (no --guild)   register the commands globally (all servers; may take a while to show up)
  --guild ID     register in that server only (instant); repeat for several servers
  --dry-run      only print what would change`;

export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  const args: DeployArgs = { guilds: [], dryRun: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a === '--guild' || a.startsWith('--guild=')) {
      const id = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!id || !/^\d{17,20}$/.test(id)) throw new UsageError(`--guild needs a numeric server id, got "${id ?? ''}"`);
      args.guilds.push(id);
    } else throw new UsageError(`unknown argument "${a}"`);
  }
  return args;
}

/** Sync every target; returns one result per target (global, or each guild). */
export async function deploy(
  rest: REST,
  definitions: readonly Definition[],
  args: Pick<DeployArgs, 'guilds' | 'dryRun'>,
  applicationId?: string,
): Promise<{ applicationId: string; results: SyncResult[]; lines: string[] }> {
  const appId = applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const targets = args.guilds.length ? args.guilds : [undefined];
  const results: SyncResult[] = [];
  for (const guildId of targets) results.push(await syncCommands(rest, { applicationId: appId, guildId }, definitions, { dryRun: args.dryRun }));
  return { applicationId: appId, results, lines: results.map(describeSync) };
}
