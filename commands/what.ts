import { topicCommand } from '../src/app/commandKit.js';

/** /what [topic]: what happened, or what something is. */
export const what = topicCommand({
  name: 'what',
  description: 'What happened, or what something is',
  topicDescription: 'What you want to know about (e.g. the operation’s name)',
  defaultQuestion: 'what happened',
});
