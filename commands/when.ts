import { topicCommand } from '../src/app/commandKit.js';

/** /when [topic]: days, dates and times; without a topic, the day of the incident itself (every dated event: /timeline). */
export const when = topicCommand({
  name: 'when',
  description: 'When something happened: days, dates and times',
  topicDescription: 'The event or decision, in your words (e.g. the evacuation order)',
  defaultQuestion: 'when did it happen',
});
