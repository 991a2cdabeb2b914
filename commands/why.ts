import { topicCommand } from '../src/app/commandKit.js';

/** /why [topic]: reasons and motives each side gives. */
export const why = topicCommand({
  name: 'why',
  description: 'Why something happened: reasons given by each side',
  topicDescription: 'The event or decision, in your words (e.g. the evacuation order)',
  defaultQuestion: 'why did it happen',
});
