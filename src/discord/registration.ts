/**
 * Command registration: compare what Discord has with our definitions and
 * write (one bulk-overwrite PUT) only when they differ. Discord allows 200
 * command creations a day per guild, so a restart must not rewrite anything.
 *
 * Both sides are normalised before comparing: Discord echoes back ids,
 * versions and defaults (`required: false`, `nsfw: false`, null localizations,
 * filled-in `contexts`/`integration_types`) that our definitions leave out.
 */
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';

export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;
type Json = Record<string, unknown>;

/** Fields Discord fills in when our definition leaves them out: compared only when we set them. */
const SERVER_FILLED = ['contexts', 'integration_types', 'dm_permission'] as const;

function emptyToUndefined(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) return undefined;
  if (Array.isArray(v) && v.length === 0) return undefined;
  return v;
}

function sortedKeys(o: Json): Json {
  const out: Json = {};
  for (const k of Object.keys(o).sort()) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function normaliseChoice(c: Json): Json {
  return sortedKeys({ name: c.name, value: c.value, name_localizations: emptyToUndefined(c.name_localizations) });
}

function normaliseOption(o: Json): Json {
  const choices = Array.isArray(o.choices) ? (o.choices as Json[]).map(normaliseChoice) : undefined;
  const options = Array.isArray(o.options) ? (o.options as Json[]).map(normaliseOption) : undefined;
  const channelTypes = Array.isArray(o.channel_types) ? [...(o.channel_types as number[])].sort((a, b) => a - b) : undefined;
  return sortedKeys({
    type: o.type,
    name: o.name,
    description: o.description,
    name_localizations: emptyToUndefined(o.name_localizations),
    description_localizations: emptyToUndefined(o.description_localizations),
    required: o.required === true ? true : undefined,
    autocomplete: o.autocomplete === true ? true : undefined,
    choices: emptyToUndefined(choices),
    options: emptyToUndefined(options),
    channel_types: emptyToUndefined(channelTypes),
    min_value: o.min_value ?? undefined,
    max_value: o.max_value ?? undefined,
    min_length: o.min_length ?? undefined,
    max_length: o.max_length ?? undefined,
  });
}

/**
 * The comparable shape of a command. `local` is our definition: server-filled
 * fields are kept only when it sets them (and then taken from `cmd`).
 */
export function normaliseCommand(cmd: Json, local?: Json): Json {
  const out: Json = {
    type: cmd.type ?? 1,
    name: cmd.name,
    description: cmd.description,
    name_localizations: emptyToUndefined(cmd.name_localizations),
    description_localizations: emptyToUndefined(cmd.description_localizations),
    options: emptyToUndefined(Array.isArray(cmd.options) ? (cmd.options as Json[]).map(normaliseOption) : undefined),
    default_member_permissions: cmd.default_member_permissions ?? undefined,
    nsfw: cmd.nsfw === true ? true : undefined,
  };
  const reference = local ?? cmd;
  for (const key of SERVER_FILLED) {
    if (reference[key] !== undefined && reference[key] !== null) {
      const v = cmd[key];
      out[key] = Array.isArray(v) ? [...(v as number[])].sort((a, b) => a - b) : (v ?? undefined);
    }
  }
  return sortedKeys(out);
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: string[];
}

/** Pure: what writing `local` over `registered` would change. Order of commands does not matter. */
export function diffCommands(registered: readonly Json[], local: readonly Json[]): CommandDiff {
  const remote = new Map(registered.map((c) => [String(c.name), c]));
  const diff: CommandDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const def of local) {
    const name = String(def.name);
    const have = remote.get(name);
    if (!have) diff.added.push(name);
    else if (JSON.stringify(normaliseCommand(have, def)) !== JSON.stringify(normaliseCommand(def, def))) diff.changed.push(name);
    else diff.unchanged.push(name);
    remote.delete(name);
  }
  diff.removed.push(...remote.keys());
  return diff;
}

export const needsWrite = (d: CommandDiff): boolean => d.added.length + d.removed.length + d.changed.length > 0;

/** A guild's shard: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Whether this process should register `guildId` (undefined = global). When
 * sharded, global commands are shard 0's job and a guild's are its shard's,
 * so that N shards do not write the same commands N times.
 */
export function registersHere(guildId: string | undefined, shard?: { ids: readonly number[]; count: number } | null): boolean {
  if (!shard || shard.count <= 1) return true;
  return shard.ids.includes(guildId ? shardOfGuild(guildId, shard.count) : 0);
}

export interface SyncTarget {
  applicationId: string;
  /** Undefined = global commands. */
  guildId?: string;
}

export interface SyncResult extends CommandDiff {
  scope: 'global' | 'guild';
  guildId?: string;
  wrote: boolean;
}

function route(t: SyncTarget): `/${string}` {
  return t.guildId ? Routes.applicationGuildCommands(t.applicationId, t.guildId) : Routes.applicationCommands(t.applicationId);
}

/** Read the registered commands, and bulk-overwrite them only when they differ from `definitions`. */
export async function syncCommands(
  rest: REST,
  target: SyncTarget,
  definitions: readonly Definition[],
  options: { logger?: Logger; dryRun?: boolean } = {},
): Promise<SyncResult> {
  const started = Date.now();
  const registered = (await rest.get(route(target))) as Json[];
  const diff = diffCommands(registered, definitions as unknown as Json[]);
  const write = needsWrite(diff) && !options.dryRun;
  if (write) await rest.put(route(target), { body: definitions });
  const result: SyncResult = { scope: target.guildId ? 'guild' : 'global', guildId: target.guildId, wrote: write, ...diff };
  options.logger?.info(
    {
      event: 'registration',
      scope: result.scope,
      guild: target.guildId ?? null,
      wrote: write,
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed,
      unchanged: diff.unchanged.length,
      latencyMs: Date.now() - started,
    },
    write ? 'commands registered' : 'commands already up to date',
  );
  return result;
}

/** One human line for the deploy script. */
export function describeSync(r: SyncResult): string {
  const where = r.scope === 'global' ? 'global' : `guild ${r.guildId}`;
  if (!r.wrote && !needsWrite(r)) return `${where}: up to date (${r.unchanged.length} commands)`;
  const parts = [
    r.added.length ? `added ${r.added.join(', ')}` : '',
    r.changed.length ? `updated ${r.changed.join(', ')}` : '',
    r.removed.length ? `removed ${r.removed.join(', ')}` : '',
    r.unchanged.length ? `${r.unchanged.length} unchanged` : '',
  ].filter(Boolean);
  return `${where}: ${r.wrote ? '' : '(dry run) '}${parts.join('; ')}`;
}
