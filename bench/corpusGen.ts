/**
 * Synthetic corpora for the scale benchmark, generated deterministically
 * (seeded PRNG) from the seed corpus: each article recombines whole seed
 * sentences into paragraphs, with its own id, title and date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../src/corpus/types.js';
import { Progress } from './progress.js';

/** mulberry32: small, fast, good enough for shuffling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(seed: Corpus, dir: string, articles: number, seedNumber = 42): void {
  const random = prng(seedNumber);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = seed.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
  const titles = seed.articles.map((a) => a.title);
  mkdirSync(dir, { recursive: true });
  const progress = new Progress(`generating ${articles} articles`, articles);
  for (let i = 0; i < articles; i++) {
    const id = `syn_${String(i).padStart(6, '0')}`;
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(random() * 9);
    for (let p = 0; p < count; p++) {
      const n = 1 + Math.floor(random() * 4);
      paragraphs.push(Array.from({ length: n }, () => pick(sentences)).join(' '));
    }
    const day = 10 + Math.floor(random() * 20);
    const title = `${pick(titles)} (report ${i})`.replace(/"/g, "'");
    const text = `---\nid: ${id}\ntitle: "${title}"\npublished: 2024-01-${day}\noutlet: Outlet ${i % 97}\nlanguage: en\n---\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(join(dir, `${id}.md`), text);
    progress.tick();
  }
  progress.finish();
}
