/**
 * Reloading the corpus while the bot runs: the report of what changed, a
 * broken file leaving the old engine in service, /reload, and the watcher.
 */
import { appendFileSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { createAppContext, type MutableAppContext } from '../../src/app/context.js';
import { runCommand } from '../../src/app/dispatch.js';
import { reloadCorpus, watchCorpus, type CorpusWatcher, type ReloadReport } from '../../src/app/liveCorpus.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { payloadProblems } from '../../src/discord/payload.js';
import { LOADED_MS, NEW_FACT, NEW_QUESTION, NEW_REPORT, articleFile, memoryLogger, removeTemps, tempCorpus, waitFor } from './helpers.js';

const watchers: CorpusWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
  removeTemps();
});

const ask = (ctx: MutableAppContext, question: string) => runCommand(ctx, 'ask', { options: { question }, userId: 'u1', channelId: 'c1', guildId: 'g1' });
const quotes = async (ctx: MutableAppContext, question: string) => (await ask(ctx, question)).answers.map((a) => a.quote).join('\n');
const ids = (list: { id: string }[]) => list.map((c) => c.id);
/** Files written by the test are complete: no need to wait for them to settle. */
const NOW = { settleMs: 0 };
const manager = { via: 'command' as const, guildId: 'g1', memberPermissions: PermissionFlagsBits.ManageGuild };

describe('reloadCorpus', () => {
  it('reports added, changed and removed articles and swaps the engine', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    const [first, second] = ctx.engine.corpus.articles;

    const unchanged = await reloadCorpus(ctx, dir, undefined, NOW);
    expect(unchanged).toMatchObject({ status: 'unchanged', added: [], changed: [], removed: [], rejected: [], articles: 5 });

    writeFileSync(join(dir, 'new-one.md'), articleFile('new-one', 'A brand new paragraph about the border.'));
    appendFileSync(join(dir, `${first.id}.md`), '\nAn added closing paragraph.\n');
    // Metadata only: the title changes, the body does not.
    const secondPath = join(dir, `${second.id}.md`);
    writeFileSync(secondPath, readFileSync(secondPath, 'utf8').replace(/^title: .*$/m, 'title: "A corrected headline"'));
    const removed = ctx.engine.corpus.articles[4];
    unlinkSync(join(dir, `${removed.id}.md`));

    const old = ctx.engine;
    const report = await reloadCorpus(ctx, dir, undefined, NOW);
    expect(report.status).toBe('updated');
    expect(ids(report.added)).toEqual(['new-one']);
    expect(ids(report.changed).sort()).toEqual([first.id, second.id].sort());
    expect(ids(report.removed)).toEqual([removed.id]);
    expect(report.rejected).toEqual([]);
    expect(report.articles).toBe(5);
    expect(ctx.engine).not.toBe(old);
    expect(ctx.engine.corpus.byId.get(second.id)!.title).toBe('A corrected headline');
    expect(ctx.engine.corpus.byId.has(removed.id)).toBe(false);
  });

  it('a broken file is named with its reason and left out; every valid file is used', async () => {
    const dir = tempCorpus();
    const { logger, entries } = memoryLogger();
    const ctx = createAppContext({ corpusDir: dir });
    const question = 'How many women and children were killed?';
    const before = await ask(ctx, question);
    expect(before.answers.length).toBeGreaterThan(0);

    ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: dir });
    writeFileSync(join(dir, 'broken.md'), '---\nid: broken\ntitle: Broken\npublished: 2024-13-01\n---\n\nText.\n');
    writeFileSync(join(dir, 'typo.md'), '---\nid: typo\ntitle: Typo\npublished: 2024-01-18\noutlett: X\n---\n\nText.\n');
    const report = await reloadCorpus(ctx, dir, logger, NOW);

    expect(report.status).toBe('updated');
    expect(report.rejected.map((r) => r.file.split('/').pop())).toEqual(['broken.md', 'typo.md']);
    expect(report.rejected[0].reason).toContain('published');
    expect(report.rejected[1].reason).toContain('outlett');
    expect(ids(report.added)).toEqual(['2024-01-18-pakistan-names-judge-to-lead-strike-inquiry']);
    expect(report.articles).toBe(6);
    expect(await quotes(ctx, NEW_QUESTION)).toContain(NEW_FACT);
    expect((await ask(ctx, question)).answers.length).toBeGreaterThan(0);

    const logged = entries().filter((e) => e.event === 'corpus-rejected');
    expect(logged.map((e) => [String(e.file).split('/').pop(), typeof e.reason])).toEqual([
      ['broken.md', 'string'],
      ['typo.md', 'string'],
    ]);

    // Fixing a file puts it in service.
    unlinkSync(join(dir, 'broken.md'));
    writeFileSync(join(dir, 'typo.md'), '---\nid: typo\ntitle: Typo\npublished: 2024-01-18\noutlet: X\n---\n\nText.\n');
    const fixed = await reloadCorpus(ctx, dir, logger, NOW);
    expect(fixed.status).toBe('updated');
    expect(fixed.rejected).toEqual([]);
    expect(ids(fixed.added)).toEqual(['typo']);
  });

  it('a report in service whose file turns invalid keeps its previous version, named', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    const first = ctx.engine.corpus.articles[0];
    const engine = ctx.engine;
    writeFileSync(join(dir, `${first.id}.md`), 'half an edit, no front matter');
    const report = await reloadCorpus(ctx, dir, undefined, NOW);
    expect(report.status).toBe('unchanged');
    expect(report.kept).toEqual([first.id]);
    expect(report.rejected.map((r) => r.file.split('/').pop())).toEqual([`${first.id}.md`]);
    expect(ctx.engine).toBe(engine);
    expect(ctx.engine.corpus.byId.get(first.id)!.body).toBe(first.body);
  });

  it('an empty folder never empties the bot', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    for (const a of ctx.engine.corpus.articles) renameSync(join(dir, `${a.id}.md`), join(dir, `.${a.id}.md.bak`));
    const report = await reloadCorpus(ctx, dir, undefined, NOW);
    expect(report.status).toBe('rejected');
    expect(report.rejected[0].reason).toContain('no .md articles');
    expect(ctx.engine.corpus.articles).toHaveLength(5);
  });
});

describe('/reload', () => {
  it('is for server managers only, never in DMs', () => {
    const definition = findCommand('reload')!.definition;
    expect(definition.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(definition.contexts).toEqual([0]);
  });

  it('reloads on demand and replies ephemerally with what changed, within Discord limits', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    const run = () => runCommand(ctx, 'reload', { options: {}, userId: 'u1', channelId: 'c1', ...manager });

    const none = await run();
    expect(none.message.flags).toBe(64);
    expect(none.message.embeds[0].description).toContain('No changes');

    ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: dir });
    writeFileSync(join(dir, 'bad.md'), 'no front matter @everyone');
    const added = await run();
    const text = JSON.stringify(added.message);
    expect(added.message.embeds[0].title).toBe('Corpus reloaded');
    expect(text).toContain('bad.md');
    expect(text).toContain('no front matter');
    expect(text).toContain('left out');
    expect(text).not.toContain('@everyone');
    expect(added.message.embeds[0].description).toContain('2024-01-18-pakistan-names-judge-to-lead-strike-inquiry');
    expect(added.message.components).toEqual([]);

    unlinkSync(join(dir, 'bad.md'));
    const rejected = await run();
    expect(rejected.message.embeds[0].description).toContain('No changes');
    for (const m of [none, rejected, added]) {
      expect(payloadProblems(m.message as never)).toEqual([]);
      expect(m.message.allowed_mentions).toEqual({ parse: [] });
    }
    expect(await quotes(ctx, NEW_QUESTION)).toContain(NEW_FACT);

    // /sources now shows when the new report was added.
    const sources = await runCommand(ctx, 'sources', { options: {}, userId: 'u1', channelId: 'c1' });
    expect(sources.message.embeds[0].description).toMatch(/Pakistan names judge to lead strike inquiry.* · added \d+ \w+ \d{4}/);
  });

  it('lists many rejected files within the limits', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `bad-${String(i).padStart(2, '0')}-${'x'.repeat(80)}.md`), `nothing ${'y'.repeat(500)}`);
    const result = await runCommand(ctx, 'reload', { options: {}, userId: 'u1', channelId: 'c1', ...manager });
    expect(payloadProblems(result.message as never)).toEqual([]);
    expect(result.message.embeds[0].description).toContain('…and 30 more');
  });
});

describe('the corpus watcher', () => {
  it('picks up add, change and remove while questions keep being answered', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    const reports: ReloadReport[] = [];
    watchers.push(watchCorpus(ctx, dir, memoryLogger().logger, { settleMs: 100, onReload: (r) => reports.push(r) }));

    // Keep asking all the time: every answer must be a whole, valid answer.
    let asking = true;
    let answered = 0;
    const problems: string[] = [];
    const loop = (async () => {
      while (asking) {
        const result = await ask(ctx, 'How many women and children were killed?');
        if (result.answers.length === 0) problems.push('no answer');
        answered++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const added = ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: dir });
    await waitFor(async () => (await quotes(ctx, NEW_QUESTION)).includes(NEW_FACT), 'the added article to answer');

    writeFileSync(added.path, readFileSync(added.path, 'utf8').replace('Judge Amelia Quintrell', 'Judge Brendan Oyelaran'));
    await waitFor(async () => (await quotes(ctx, NEW_QUESTION)).includes('Brendan Oyelaran'), 'the changed article to answer');
    expect(await quotes(ctx, NEW_QUESTION)).not.toContain(NEW_FACT);

    unlinkSync(added.path);
    await waitFor(() => !ctx.engine.corpus.byId.has(added.id), 'the removed article to leave');
    expect(await quotes(ctx, NEW_QUESTION)).not.toContain('Oyelaran');

    asking = false;
    await loop;
    expect(problems).toEqual([]);
    expect(answered).toBeGreaterThan(3);
    const updates = reports.filter((r) => r.status === 'updated');
    expect(updates.map((r) => [ids(r.added), ids(r.changed), ids(r.removed)])).toEqual([
      [[added.id], [], []],
      [[], [added.id], []],
      [[], [], [added.id]],
    ]);
  });

  it('a report written half-way and finished 200 ms later is never served truncated', async () => {
    const dir = tempCorpus();
    const ctx = createAppContext({ corpusDir: dir });
    const reports: ReloadReport[] = [];
    const watcher = watchCorpus(ctx, dir, memoryLogger().logger, { onReload: (r) => reports.push(r) });
    watchers.push(watcher);
    await waitFor(() => reports.length === 1, 'the start-up check');

    const full = articleFile('slow-writer', 'The first paragraph arrives.\n\nThe second paragraph names Judge Amelia Quintrell.');
    const half = full.slice(0, full.indexOf('The second'));
    const path = join(dir, 'slow-writer.md');
    writeFileSync(path, half); // a valid article on its own: only settling can tell it is unfinished
    const seen = new Set<string>();
    const watching = setInterval(() => {
      const body = ctx.engine.corpus.byId.get('slow-writer')?.body;
      if (body) seen.add(body);
    }, 5);
    await new Promise((r) => setTimeout(r, 200));
    appendFileSync(path, full.slice(half.length));
    await waitFor(() => ctx.engine.corpus.byId.has('slow-writer'), 'the finished report', LOADED_MS);
    clearInterval(watching);
    expect([...seen].every((body) => body.includes('Amelia Quintrell'))).toBe(true);
    expect(ctx.engine.corpus.byId.get('slow-writer')!.paragraphs).toHaveLength(2);
  });

  it('ignores temporary and dotfiles, keeps the old engine on a broken file, and stops when closed', async () => {
    const dir = tempCorpus();
    const { logger, entries } = memoryLogger();
    const ctx = createAppContext({ corpusDir: dir });
    const reports: ReloadReport[] = [];
    const watcher = watchCorpus(ctx, dir, logger, { settleMs: 100, onReload: (r) => reports.push(r) });
    watchers.push(watcher);
    await waitFor(() => reports.length === 1, 'the start-up check'); // catches anything added before watching
    const engine = ctx.engine;

    writeFileSync(join(dir, '.half-written.md.tmp'), '---\nid: x');
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    await new Promise((r) => setTimeout(r, 300));
    expect(reports).toHaveLength(1);

    writeFileSync(join(dir, 'broken.md'), '---\ntitle: no id\npublished: 2024-01-18\n---\n\nText.\n');
    await waitFor(() => reports.length === 2, 'the broken file to be seen');
    expect(reports[1].status).toBe('unchanged');
    expect(reports[1].rejected.map((r) => r.file.split('/').pop())).toEqual(['broken.md']);
    expect(ctx.engine).toBe(engine);
    expect(entries().some((e) => e.event === 'corpus-rejected' && String(e.file).endsWith('broken.md') && String(e.reason).includes('"id"'))).toBe(true);

    watcher.close();
    unlinkSync(join(dir, 'broken.md'));
    ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: dir });
    await new Promise((r) => setTimeout(r, 300));
    expect(reports).toHaveLength(2);
    expect(ctx.engine).toBe(engine);
  });
});
