/**
 * zod's English messages for every schema here (src/corpus/schema.ts, src/discord/config.ts). Both use zod's small
 * build, zod/mini (imported as a namespace and read by name, so the bundle keeps only what they use): the full build
 * is 570 KB of code that the bot and the console would compile at every start. zod/mini sets no messages of its own.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
