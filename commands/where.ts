import { topicCommand } from '../src/app/commandKit.js';

/** /where [topic]: places. */
export const where = topicCommand({
  name: 'where',
  description: 'Where something happened',
  topicDescription: 'The event or thing (e.g. the terrorist hideouts)',
  defaultQuestion: 'where did it happen',
  autocompleteKinds: ['place'],
});
