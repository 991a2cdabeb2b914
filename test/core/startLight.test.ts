/**
 * A start from an engine snapshot loads no lexical resources: the lemmatizer
 * and WordNet come with the first question. (Loading them at start made the
 * bot's start-up 1.7× the floor's.) Nor does a plain how-many question load
 * the part-of-speech tagger's model (0.2 s). Checked in a fresh process, where
 * nothing else has loaded them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loader.js';
import { Engine } from '../../src/engine/engine.js';

it('loads the engine from its snapshot without the lemmatizer or WordNet, and loads them on the first question, not the tagger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'start-light-'));
  const snapshot = join(dir, 'snapshot.json');
  writeFileSync(snapshot, JSON.stringify(new Engine(loadCorpus('corpus')).toSnapshot()));
  const src = (path: string) => pathToFileURL(resolve('src', path)).href;
  const script = join(dir, 'start.ts');
  writeFileSync(
    script,
    [
      `import { readFileSync } from 'node:fs';`,
      `import { loadCorpus } from '${src('corpus/loader.ts')}';`,
      `import { Engine } from '${src('engine/engine.ts')}';`,
      `import { lexiconLoaded } from '${src('text/lexicon.ts')}';`,
      `import { nlpLoaded } from '${src('text/nlp.ts')}';`,
      `const engine = new Engine(loadCorpus('corpus'), JSON.parse(readFileSync(${JSON.stringify(snapshot)}, 'utf8')));`,
      `const atStart = lexiconLoaded();`,
      `const answer = engine.ask('How many people were killed?');`,
      `const tagger = nlpLoaded();`,
      `engine.ask('How many Iranian drones did it fire?');`,
      `console.log(JSON.stringify({ atStart, afterQuestion: lexiconLoaded(), answered: !answer.notFound, tagger, taggerAfterLongerPhrase: nlpLoaded() }));`,
    ].join('\n'),
  );
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ atStart: false, afterQuestion: true, answered: true, tagger: false, taggerAfterLongerPhrase: true });
}, 60_000);
