/**
 * Casualty-figure extraction against the hand-made tables in
 * test/fixtures/incidents/<name>/figures.json: per incident, recall (hand
 * figures found: same article, same kind, and the same count or the same
 * words), precision (extracted figures that match a hand figure) and the
 * number of extracted figures of the wrong kind (same article and words or
 * count as a hand figure, another kind).
 *
 *   node --import tsx scripts/figures-eval.ts [--json] [--misses]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/loader.js';
import { CasualtyIndex } from '../src/engine/casualties/index.js';
import type { Figure } from '../src/engine/casualties/types.js';

export interface HandFigure {
  article: string;
  kind: string;
  count: number | null;
  qualifier?: string;
  text: string;
  who?: string | null;
  event?: string;
  place?: string | null;
}

export interface IncidentScore {
  incident: string;
  hand: number;
  extracted: number;
  found: number;
  matched: number;
  wrongKind: number;
  recall: number;
  precision: number;
  /**
   * Events: over pairs of found hand figures, how often two figures the table puts in one event are in one
   * event here (together), and how often two figures in one event here are in one event of the table (apart
   * kept apart).
   */
  eventsTogether: number;
  eventsApart: number;
  misses: HandFigure[];
  extras: { article: string; kind: string; count?: number; text: string }[];
  wrong: { article: string; kind: string; hand: string; text: string }[];
}

const ROOT = resolve(import.meta.dirname, '..');
export const INCIDENTS = join(ROOT, 'test/fixtures/incidents');

/** The corpus folder of an incident: its own corpus/, or the top-level corpus/ for the seed incident. */
export function corpusDirOf(incident: string): string {
  const own = join(INCIDENTS, incident, 'corpus');
  return existsSync(own) ? own : join(ROOT, 'corpus');
}

const norm = (t: string) => t.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

/** Same words: one contains the other (hand tables often include the verb: "killed seven people"). */
function sameText(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function sameFigure(hand: HandFigure, f: Figure): boolean {
  if (hand.article !== f.articleId) return false;
  if (hand.count !== null && f.count !== undefined) return hand.count === f.count || hand.count === f.countMax;
  return sameText(hand.text, f.text);
}

export function scoreIncident(incident: string): IncidentScore {
  const hand = (JSON.parse(readFileSync(join(INCIDENTS, incident, 'figures.json'), 'utf8')) as { figures: HandFigure[] }).figures;
  const index = new CasualtyIndex(loadCorpus(corpusDirOf(incident)));
  const figures = index.allFigures();
  const found = hand.filter((h) => figures.some((f) => f.kind === h.kind && sameFigure(h, f)));
  // Each found hand figure's event here, through its first matching figure.
  const ours = found.map((h) => index.eventOf(figures.find((f) => f.kind === h.kind && sameFigure(h, f))!)?.key);
  let sameHand = 0;
  let sameBoth = 0;
  let sameOurs = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const hs = found[i].event === found[j].event;
      const os = ours[i] === ours[j];
      if (hs) sameHand++;
      if (os) sameOurs++;
      if (hs && os) sameBoth++;
    }
  }
  const matched = figures.filter((f) => hand.some((h) => h.kind === f.kind && sameFigure(h, f)));
  // Wrong kind: a hand figure with these very words (or this count in these words) filed under another kind.
  const wrong = figures.flatMap((f) => {
    if (matched.includes(f)) return [];
    const h = hand.find((x) => x.article === f.articleId && x.kind !== f.kind && sameText(x.text, f.text) && (x.count === null || f.count === undefined || x.count === f.count));
    return h ? [{ article: f.articleId, kind: f.kind, hand: h.kind, text: f.text }] : [];
  });
  return {
    incident,
    hand: hand.length,
    extracted: figures.length,
    found: found.length,
    matched: matched.length,
    wrongKind: wrong.length,
    recall: hand.length ? found.length / hand.length : 1,
    precision: figures.length ? matched.length / figures.length : 1,
    eventsTogether: sameHand ? sameBoth / sameHand : 1,
    eventsApart: sameOurs ? sameBoth / sameOurs : 1,
    misses: hand.filter((h) => !found.includes(h)),
    extras: figures.filter((f) => !matched.includes(f)).map((f) => ({ article: f.articleId, kind: f.kind, count: f.count, text: f.text })),
    wrong,
  };
}

export function incidents(): string[] {
  return readdirSync(INCIDENTS).filter((n) => existsSync(join(INCIDENTS, n, 'figures.json'))).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const scores = incidents().map(scoreIncident);
  if (process.argv.includes('--json')) console.log(JSON.stringify(scores, null, 2));
  else {
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    console.log('incident                   hand  found  recall | extracted  matching  precision | wrong kind | events together  apart');
    for (const s of scores) {
      console.log(`${s.incident.padEnd(26)} ${String(s.hand).padStart(4)}  ${String(s.found).padStart(5)}  ${pct(s.recall).padStart(6)} | ${String(s.extracted).padStart(9)}  ${String(s.matched).padStart(8)}  ${pct(s.precision).padStart(9)} | ${String(s.wrongKind).padStart(10)} | ${pct(s.eventsTogether).padStart(15)} ${pct(s.eventsApart).padStart(6)}`);
    }
    const hand = scores.reduce((n, s) => n + s.hand, 0);
    const found = scores.reduce((n, s) => n + s.found, 0);
    const extracted = scores.reduce((n, s) => n + s.extracted, 0);
    const matched = scores.reduce((n, s) => n + s.matched, 0);
    console.log(`${'all'.padEnd(26)} ${String(hand).padStart(4)}  ${String(found).padStart(5)}  ${pct(found / hand).padStart(6)} | ${String(extracted).padStart(9)}  ${String(matched).padStart(8)}  ${pct(matched / extracted).padStart(9)} | ${scores.reduce((n, s) => n + s.wrongKind, 0)}`);
    if (process.argv.includes('--misses')) {
      for (const s of scores) {
        for (const m of s.misses) console.log(`MISS  ${s.incident} ${m.article} ${m.kind} ${m.count} ${JSON.stringify(m.text)}`);
        for (const w of s.wrong) console.log(`WRONG ${s.incident} ${w.article} ${w.kind} (hand: ${w.hand}) ${JSON.stringify(w.text)}`);
        for (const e of s.extras) console.log(`EXTRA ${s.incident} ${e.article} ${e.kind} ${e.count} ${JSON.stringify(e.text)}`);
      }
    }
  }
}
