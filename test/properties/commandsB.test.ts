import { commandProperties } from './commandSuite.js';

// Odd-numbered commands of commands/index.ts; commandsA.test.ts takes the even ones.
commandProperties((i) => i % 2 === 1);
