import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploy, parseDeployArgs, UsageError } from '../../src/discord/deploy.js';
import { diffCommands, needsWrite, registersHere, shardOfGuild } from '../../src/discord/registration.js';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, TEST_TOKEN } from './helpers.js';
import { stubApp, stubCommands } from './stubApp.js';

const GUILD_A = '200000000000000001';
const GUILD_B = '200000000000000002';
const DEV_GUILD = '200000000000000009';
const definitions = stubCommands().map((c) => c.definition) as unknown as Record<string, unknown>[];

/** What Discord sends back for a definition: ids, versions and defaults filled in. */
function echoed(def: Record<string, unknown>): Record<string, unknown> {
  return {
    id: '1',
    application_id: '2',
    version: '3',
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    contexts: null,
    integration_types: [0],
    nsfw: false,
    name_localizations: null,
    description_localizations: null,
    ...def,
    options: (def.options as Record<string, unknown>[] | undefined)?.map((o) => ({ required: false, name_localizations: null, ...o })),
  };
}

describe('comparing registered commands with definitions', () => {
  it('sees no change when Discord echoes our definitions back with its defaults, in any order', () => {
    const d = diffCommands(definitions.map(echoed).reverse(), definitions);
    expect(needsWrite(d)).toBe(false);
    expect(d.unchanged.sort()).toEqual(['ask', 'block', 'boom', 'huge', 'refuse']);
  });

  it('detects added, removed and changed commands', () => {
    const registered = [echoed({ ...definitions[0], description: 'old text' }), echoed({ name: 'gone', description: 'x' })];
    const d = diffCommands(registered, definitions);
    expect(d).toMatchObject({ added: ['boom', 'refuse', 'huge', 'block'], removed: ['gone'], changed: ['ask'] });
  });

  it('detects a changed option (required, max_length, order)', () => {
    const ask = definitions[0]!;
    const options = ask.options as Record<string, unknown>[];
    const variants = [
      { ...ask, options: [{ ...options[0], required: false }, options[1]] },
      { ...ask, options: [{ ...options[0], max_length: 100 }, options[1]] },
      { ...ask, options: [options[1], options[0]] },
    ];
    for (const v of variants) expect(diffCommands([echoed(v)], [ask]).changed).toEqual(['ask']);
  });

  it('compares server-filled fields only when our definition sets them', () => {
    const withContexts = { ...definitions[1], contexts: [0] };
    expect(diffCommands([echoed(definitions[1]!)], [withContexts]).changed).toEqual(['boom']);
    expect(diffCommands([{ ...echoed(definitions[1]!), contexts: [0] }], [withContexts]).changed).toEqual([]);
  });
});

describe('registration when sharded', () => {
  it('global commands on shard 0 only, a guild on its own shard', () => {
    const guild = '41771983423143937';
    const owner = shardOfGuild(guild, 2);
    expect(shardOfGuild('0', 2)).toBe(0);
    expect(registersHere(undefined, null)).toBe(true);
    expect(registersHere(guild, { ids: [0], count: 1 })).toBe(true);
    expect(registersHere(undefined, { ids: [0], count: 2 })).toBe(true);
    expect(registersHere(undefined, { ids: [1], count: 2 })).toBe(false);
    expect(registersHere(guild, { ids: [owner], count: 2 })).toBe(true);
    expect(registersHere(guild, { ids: [1 - owner], count: 2 })).toBe(false);
    expect(shardOfGuild('175928847299117063', 16)).toBe(Number((175928847299117063n >> 22n) % 16n));
  });
});

describe('registration against the fake Discord', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  beforeEach(async () => {
    fake = await new FakeDiscord({ guilds: [GUILD_A], token: TEST_TOKEN }).start();
    harness = new BotHarness();
  });
  afterEach(async () => {
    await harness.stopAll();
    await fake.close();
  });

  it('registers global commands once; a restart with the same definitions writes nothing', async () => {
    const bot = await harness.start(fake, stubApp());
    expect(fake.requestsTo('PUT', `/applications/${fake.applicationId}/commands`)).toHaveLength(1);
    expect(fake.commands.get('global')?.map((c) => c.name).sort()).toEqual(['ask', 'block', 'boom', 'huge', 'refuse']);
    await bot.stop();

    await harness.start(fake, stubApp());
    expect(fake.requestsTo('GET', `/applications/${fake.applicationId}/commands`)).toHaveLength(2);
    expect(fake.requestsTo('PUT', `/applications/${fake.applicationId}/commands`)).toHaveLength(1);
    const lines = harness.log.entries().filter((e) => e.event === 'registration');
    expect(lines.map((l) => l.wrote)).toEqual([true, false]);
  });

  it('rewrites when a definition changed between restarts', async () => {
    const bot = await harness.start(fake, stubApp());
    await bot.stop();
    const changed = stubCommands();
    (changed[1]!.definition as { description: string }).description = 'Fails, but politely';
    await harness.start(fake, stubApp(changed));
    expect(fake.requestsTo('PUT', `/applications/${fake.applicationId}/commands`)).toHaveLength(2);
    expect(fake.commands.get('global')?.find((c) => c.name === 'boom')?.description).toBe('Fails, but politely');
  });

  it('guild scope: registers in every guild at start and in a newly joined guild within a second', async () => {
    await harness.start(fake, stubApp(), { commandsScope: 'guild' });
    expect(fake.requestsTo('PUT', /\/commands$/).map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${GUILD_A}/commands`]);

    const joinedAt = Date.now();
    fake.addGuild(GUILD_B);
    await expect.poll(() => fake.commands.get(GUILD_B)?.length, { timeout: 5000, interval: 10 }).toBe(5);
    const put = fake.requestsTo('PUT', `/applications/${fake.applicationId}/guilds/${GUILD_B}/commands`)[0]!;
    // Tens of milliseconds here (target: within a second); loose bound so a loaded CI machine does not fail on timing.
    expect(put.at - joinedAt).toBeLessThan(5000);
    expect(fake.commands.has('global')).toBe(false);
  });

  it('dev guilds always get guild commands, also with global scope', async () => {
    await harness.start(fake, stubApp(), { devGuildIds: [DEV_GUILD] });
    expect(fake.commands.get('global')).toHaveLength(5);
    expect(fake.commands.get(DEV_GUILD)).toHaveLength(5);
  });

  it('a failed registration (403 Missing Access) is logged and the bot keeps working', async () => {
    fake.failWith('PUT', /\/commands$/, 403, 1, 50001, 'Missing Access');
    await harness.start(fake, stubApp());
    const err = harness.log.entries().find((e) => e.event === 'registration' && e.level === 50);
    expect(err).toBeDefined();
    const rec = fake.slash('ask', { question: 'still there?' });
    expect((await fake.ack(rec)).type).toBe(4);
  });

  it('a rate-limited registration waits and retries', async () => {
    fake.rateLimit('PUT', /\/commands$/, 0.2);
    await harness.start(fake, stubApp());
    expect(fake.requestsTo('PUT', /\/commands$/).map((r) => r.status)).toEqual([429, 200]);
  });

  it('deploy-commands logic: prints what changed, globally or per --guild', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(TEST_TOKEN);
    const defs = stubCommands().map((c) => c.definition);
    const first = await deploy(rest, defs, parseDeployArgs([]));
    expect(first.applicationId).toBe(fake.applicationId);
    expect(first.lines).toEqual(['global: added ask, boom, refuse, huge, block']);
    expect((await deploy(rest, defs, parseDeployArgs([]))).lines).toEqual(['global: up to date (5 commands)']);
    const guilds = await deploy(rest, defs.slice(0, 1), parseDeployArgs(['--guild', GUILD_A, `--guild=${GUILD_B}`]));
    expect(guilds.lines).toEqual([`guild ${GUILD_A}: added ask`, `guild ${GUILD_B}: added ask`]);
    const dry = await deploy(rest, defs.slice(0, 1), parseDeployArgs(['--dry-run']));
    expect(dry.lines).toEqual(['global: (dry run) removed boom, refuse, huge, block; 1 unchanged']);
    expect(fake.commands.get('global')).toHaveLength(5);
  });

  it('deploy-commands rejects bad arguments', () => {
    expect(() => parseDeployArgs(['--guild'])).toThrow(UsageError);
    expect(() => parseDeployArgs(['--guild', 'abc'])).toThrow(UsageError);
    expect(() => parseDeployArgs(['--global'])).toThrow(UsageError);
  });
});
