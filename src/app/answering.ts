/**
 * The question flow every answering command shares: resolve a follow-up
 * against the conversation, ask the engine, remember the turn, render.
 */
import type { Answer } from '../engine/engine.js';
import { resolveFollowUp } from '../engine/followUp.js';
import { onlyNames } from '../engine/ranking.js';
import { INTENTS, type Intent } from '../engine/question.js';
import { renderView, type View } from '../render/message.js';
import { NOT_FOUND_TITLE } from '../render/views.js';
import { safeUserText } from '../render/format.js';
import { notesText } from '../render/notes.js';
import type { AppContext, CommandRequest, CommandResult } from './types.js';

export interface QuestionSpec {
  command: string;
  /** The question or topic as typed (may be empty for /who, /when … without a topic). */
  text: string;
  /** Forced by the command (/who → who); /ask leaves it to the question's wording. */
  intent?: Intent;
  /** What to ask when there is no topic ("who is involved"). */
  defaultQuestion?: string;
  /** Render the answer; defaults to quotes with notes. Lets /casualties add its figures. */
  view?: (answer: Answer, base: View) => View;
}

export function isHidden(request: CommandRequest): boolean {
  return request.options.hide === true;
}

export function answerQuestion(ctx: AppContext, request: CommandRequest, spec: QuestionSpec): CommandResult {
  const engine = ctx.engine;
  const last = request.replay ? undefined : ctx.conversations.last(request.userId, request.channelId);
  const typed = spec.text.trim();
  const offset = request.offset ?? 0;
  // "/who are the Sarmachars", "/when did the dam fail": the command word is the question's first word.
  let question = spec.intent && /^(is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b/i.test(typed) ? `${spec.command} ${typed}` : typed || spec.defaultQuestion || '';
  let intent = spec.intent;
  let followsUp = false;
  const more = offset > 0;
  let context: string[] = [];

  if (typed && !request.replay) {
    // The question as asked ("/when was the bridge built" → "when was the bridge built"), not the bare topic.
    const followUp = resolveFollowUp(question, last, engine.entities);
    if (followUp.kind === 'question') {
      question = followUp.question;
      intent = spec.intent ?? (followUp.followsUp && followUp.intent ? followUp.intent : undefined);
      followsUp = followUp.followsUp;
      context = followUp.context ?? [];
    }
  }

  const answer = engine.ask(question, { intent, context });
  // "/who condemned the attack" reads as the question "Who condemned the attack".
  // "/who Ben Crump" (names alone) reads as "Who is Ben Crump".
  const copula = spec.command === 'who' && !/^(?:is|are|was|were)\b/i.test(question) && onlyNames(question, answer.about) ? ' is' : '';
  const asked = spec.intent && typed && !followsUp && !new RegExp(`^${spec.command}\\b`, 'i').test(question) ? `${spec.command}${copula} ${question}` : question;
  const shownQuestion = asked ? asked.charAt(0).toUpperCase() + asked.slice(1) : `/${spec.command}`;
  const base: View = {
    title: truncateTitle(answer.notFound ? NOT_FOUND_TITLE : more ? `More: ${shownQuestion}` : shownQuestion),
    request: { command: spec.command, text: followsUp ? question : typed },
    quotes: answer.quotes,
    offset,
    notes: notesText(answer.notes),
    ephemeral: isHidden(request),
    notFound: answer.notFound,
    intro: answer.notFound
      ? `Nothing in the ${engine.corpus.articles.length} reports answers “${safeUserText(shownQuestion)}”. Try other words, or \`/sources\` to see what the reports cover.`
      : followsUp && !more
        ? `Understood as: “${safeUserText(question)}”`
        : undefined,
  };
  const view = spec.view ? spec.view(answer, base) : base;

  if (!request.replay) rememberTurn(ctx, request.userId, request.channelId, spec.command, asked || question, answer, offset);
  return renderView(engine.corpus, view);
}

/** Remember a turn of a user's conversation: the names the answer gives for a who-question, then those the question and the top quotes are about. */
function rememberTurn(ctx: AppContext, userId: string, channelId: string, command: string, question: string, answer: Answer, offset: number): void {
  const about = answer.about;
  const fromQuotes = answer.quotes.slice(0, 3).flatMap((q) => ctx.engine.entitiesOf(q));
  const names = (kind: 'person' | 'organisation' | 'place') =>
    [...new Set([...(answer.named ?? []), ...about, ...fromQuotes].filter((e) => e.kind === kind).map((e) => e.name))];
  ctx.conversations.remember(userId, channelId, {
    question,
    intent: answer.intent,
    command,
    people: names('person'),
    groups: names('organisation'),
    places: names('place'),
    shown: Math.min(answer.quotes.length, offset + 5),
  });
}

/**
 * Record, without rendering, the turn an earlier answer stands for ("/command
 * text" from its footer), so that a reply to that answer follows up on it
 * (after a restart, or when another user replies). The footer holds the
 * question as understood, follow-ups already resolved. False when there is
 * no question to remember (a command run without text).
 */
export function rememberFromAnswer(ctx: AppContext, userId: string, channelId: string, command: string, text: string): boolean {
  const question = text.trim();
  if (!question) return false;
  const intent = (INTENTS as readonly string[]).includes(command) ? (command as Intent) : undefined;
  rememberTurn(ctx, userId, channelId, command, question, ctx.engine.ask(question, { intent }), 0);
  return true;
}

function truncateTitle(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}
