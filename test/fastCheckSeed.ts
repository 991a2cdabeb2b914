/**
 * Property tests run the same cases on every `npm test`, so CI is repeatable;
 * FC_SEED=random explores new ones (a failure prints its seed, and FC_SEED=<n>
 * replays it).
 */
import fc from 'fast-check';

const setting = process.env.FC_SEED ?? '20261121';
if (setting !== 'random') fc.configureGlobal({ seed: Number(setting) });
