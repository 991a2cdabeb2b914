/** What a reload changed, as a view for /reload (ephemeral, no buttons). */
import type { ArticleChange, ReloadReport } from '../app/liveCorpus.js';
import { safeUserText } from './format.js';
import type { View } from './message.js';

/** Items listed per section; the rest are counted. */
const MAX_ITEMS = 10;

function section(label: string, items: string[]): string | undefined {
  if (items.length === 0) return undefined;
  const shown = items.slice(0, MAX_ITEMS).map((i) => `• ${i}`);
  if (items.length > MAX_ITEMS) shown.push(`…and ${items.length - MAX_ITEMS} more`);
  return `**${label} (${items.length})**\n${shown.join('\n')}`;
}

const article = (c: ArticleChange) => `\`${safeUserText(c.id).replace(/`/g, '')}\` — ${safeUserText(c.title).slice(0, 150)}`;

export function reloadView(report: ReloadReport): View {
  const intro =
    report.status === 'updated'
      ? `Reloaded in ${report.ms} ms: ${report.articles} reports now in service.`
      : report.status === 'unchanged'
        ? `No changes: the corpus folder matches the ${report.articles} reports in service.`
        : `Not reloaded: ${report.rejected.length} file${report.rejected.length === 1 ? ' was' : 's were'} rejected, so the previous ${report.articles} reports stay in service. Fix the file${report.rejected.length === 1 ? '' : 's'} and the corpus reloads by itself (or run /reload).`;
  const waiting = report.status === 'rejected' ? ' — waiting' : '';
  const parts = [
    section(`Rejected`, report.rejected.map((r) => `\`${safeUserText(r.file).replace(/`/g, '')}\`: ${safeUserText(r.reason).slice(0, 300)}`)),
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
