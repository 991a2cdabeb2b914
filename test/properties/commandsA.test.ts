import { commandProperties } from './commandSuite.js';

// Even-numbered commands of commands/index.ts; commandsB.test.ts takes the odd ones.
commandProperties((i) => i % 2 === 0);
