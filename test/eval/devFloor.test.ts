/**
 * Answer quality must not slip: every incident's dev split is answered as
 * `npm run eval` answers it, and compared with the figures recorded in
 * test/fixtures/incidents/dev-floor.json (`npm run eval -- --record`). A drop
 * of more than five points fails; so does any quote that is not verbatim.
 * The test splits are never run here: they are held out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, floorKey, INCIDENTS_DIR, listIncidents, loadIncidentCorpus, runEngine, score, type SplitFigures } from '../../scripts/evalLib.js';

const recorded = (JSON.parse(readFileSync(join(INCIDENTS_DIR, 'dev-floor.json'), 'utf8')) as { incidents: Record<string, SplitFigures> }).incidents;
const SLACK = 5;

describe('answer quality on each incident’s dev questions', () => {
  for (const incident of listIncidents()) {
    for (const dev of incident.splits.filter((s) => s.name.startsWith('dev'))) {
    it(`${incident.name} ${dev.name}: within ${SLACK} points of the recorded figures, every quote verbatim`, async () => {
      const corpus = loadIncidentCorpus(incident);
      const now = figures(score(dev.cases, await runEngine(corpus, dev.cases)));
      const floor = recorded[floorKey(incident.name, dev.name)];
      expect(floor, `no recorded figures for ${incident.name} ${dev.name}: run npm run eval -- --record`).toBeDefined();
      expect(now.notVerbatim).toBe(0);
      for (const key of ['top1', 'top3', 'refused'] as const) {
        if (floor[key] === undefined) continue;
        expect(now[key], `${key}`).toBeGreaterThanOrEqual(floor[key]! - SLACK);
      }
    }, 60_000);
    }
  }
});
