/** What a reload changed, as a view for /reload (ephemeral, no buttons). */
import type { ArticleChange, ReloadReport } from '../app/liveCorpus.js';
import { safeUserText, safeUserTextWithin } from './format.js';
import type { View } from './message.js';

/** Items listed per section; the rest are counted. */
const MAX_ITEMS = 10;

function section(label: string, items: string[]): string | undefined {
  if (items.length === 0) return undefined;
  const shown = items.slice(0, MAX_ITEMS).map((i) => `• ${i}`);
  if (items.length > MAX_ITEMS) shown.push(`…and ${items.length - MAX_ITEMS} more`);
  return `**${label} (${items.length})**\n${shown.join('\n')}`;
}

/** A file name or id inside `code`: backticks removed (they would close it), the rest shown as is. */
const code = (text: string) => `\`${safeUserText(text).replace(/`/g, '')}\``;
const article = (c: ArticleChange) => `${code(c.id)} — ${safeUserTextWithin(c.title, 150)}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function reloadView(report: ReloadReport): View {
  const bad = report.rejected.length;
  const leftOut = bad > 0 ? ` ${plural(bad, 'file was', 'files were')} left out (below): fix ${bad === 1 ? 'it' : 'them'} and the corpus reloads by itself.` : '';
  const intro =
    report.status === 'updated'
      ? `Reloaded in ${report.ms} ms: ${plural(report.articles, 'report')} now in service.${leftOut}`
      : report.status === 'unchanged'
        ? `No changes: the valid files match the ${plural(report.articles, 'report')} in service.${leftOut}`
        : `Not reloaded: no file could be used, so the previous ${plural(report.articles, 'report')} stay in service. Fix the problem and the corpus reloads by itself (or run /reload).`;
  const waiting = report.status === 'rejected' ? ' — waiting' : '';
  const parts = [
    section('Rejected', report.rejected.map((r) => `${code(r.file)}: ${safeUserTextWithin(r.reason, 300)}`)),
    section('Kept in their previous version (the file is now invalid)', report.kept.map((id) => code(id))),
    section(`Added${waiting}`, report.added.map(article)),
    section(`Changed${waiting}`, report.changed.map(article)),
    section(`Removed${waiting}`, report.removed.map(article)),
  ].filter((p): p is string => p !== undefined);
  return {
    title: report.status === 'rejected' ? 'Corpus not reloaded' : 'Corpus reloaded',
    request: { command: 'reload', text: '' },
    intro,
    body: parts.join('\n\n') || undefined,
    notFound: report.status === 'rejected',
    ephemeral: true,
    buttons: false,
  };
}
