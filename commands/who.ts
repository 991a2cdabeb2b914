import { topicCommand } from '../src/app/commandKit.js';
import { actorsView } from '../src/render/views.js';

/** /who [topic]: who is involved, with their roles; without a topic, everyone the reports name. */
export const who = topicCommand({
  name: 'who',
  description: 'Who is involved, or who did something',
  topicDescription: 'A person, group, or what they did (e.g. condemned the attack)',
  defaultQuestion: 'who',
  autocompleteKinds: ['person', 'organisation'],
  withoutTopic: (ctx, base) => actorsView(ctx.engine, base),
});
