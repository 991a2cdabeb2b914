/**
 * A fake Discord on one 127.0.0.1 port: an HTTP server for the REST API
 * (`/api/v10/...`) and a `ws` gateway (`/gateway`), enough for the real
 * discord.js Client to log in, receive interactions and answer them.
 *
 * - Every REST request is recorded (`requests`), bodies parsed.
 * - Interactions are enforced like Discord: one initial callback within 3 s
 *   (else 10062 Unknown interaction), a second one fails with 40060.
 * - Faults can be injected per route (`fault`, `rateLimit`, `failWith`,
 *   `delay`) and the gateway connection can be dropped (`dropConnection`).
 * - Registered commands persist for the fake's lifetime, so a restarted bot
 *   sees what the previous one registered.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { choicesErrors, commandsErrors, messageErrors, modalErrors } from './validate.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FakeRequest {
  method: string;
  /** Path after `/api/v10`, without query (e.g. `/applications/1/commands`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Json;
  rawBody: string;
  status: number;
  at: number;
}

export interface FaultResponse {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** Wait this long before answering (a fault with status 0 only delays, then handles normally). */
  delayMs?: number;
}

export interface FaultRule {
  method?: string;
  path: RegExp | string;
  response: FaultResponse | ((req: FakeRequest) => FaultResponse);
  /** How many requests this applies to (default 1; Infinity for all). */
  times: number;
}

export interface Where {
  guildId?: string | null;
  channelId?: string;
  userId?: string;
  username?: string;
  /** The member's permissions in the channel (a bit field as a string); default: all a server owner has. */
  permissions?: string;
}

/** A message as the fake stores it (Discord API JSON). */
export type FakeMessage = Json;

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  dispatchedAt: number;
  /** Initial callback body ({type, data}) once it arrives. */
  callback?: Json;
  callbackAt?: number;
  /** The message the interaction produced (reply, or the edited deferred reply). */
  message?: FakeMessage;
  followups: FakeMessage[];
  edits: Json[];
  deleted: boolean;
  channelId: string;
  guildId: string | null;
  user: Json;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  /** Guild ids in READY. */
  guilds?: string[];
  /** Expected bot token: IDENTIFY with another token is closed with 4004. */
  token?: string;
  heartbeatIntervalMs?: number;
  /** What to answer RESUME with: 'reject' (op 9 d:false, the client identifies again) or 'accept'. */
  resume?: 'accept' | 'reject';
  /** Enforce Discord's 3 s first-response rule (10062 after it). */
  enforceDeadline?: boolean;
  /** Reject bodies that break Discord's limits with 400 / 50035 Invalid Form Body (default true). */
  validate?: boolean;
  /** Shard count GET /gateway/bot recommends (default 1). READY echoes each IDENTIFY's [id, count]. */
  shards?: number;
}

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | (1n << 17n) | increment).toString();
}

const CALLBACK = { Pong: 1, Message: 4, Deferred: 5, DeferredUpdate: 6, Update: 7, Autocomplete: 8, Modal: 9 } as const;

export class FakeDiscord extends EventEmitter {
  readonly applicationId: string;
  readonly botUser: Json;
  readonly guilds: string[];
  readonly requests: FakeRequest[] = [];
  readonly identifies: Json[] = [];
  readonly gatewayFrames: Json[] = [];
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, Json[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, FakeMessage>();
  /** Messages the bot created with POST /channels/:id/messages (e.g. replies to a user's message), in order. */
  readonly channelMessages: FakeMessage[] = [];
  readonly channelOfGuild = new Map<string, string>();
  private readonly faults: FaultRule[] = [];
  private readonly options: Required<Omit<FakeDiscordOptions, 'token' | 'guilds' | 'applicationId' | 'botUserId' | 'botUsername'>> & { token?: string };
  private server?: Server;
  private wss?: WebSocketServer;
  private socket?: WebSocket;
  private readonly sockets = new Set<WebSocket>();
  private seq = 0;
  private sessionId = '';
  port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = {
      id: options.botUserId ?? this.applicationId,
      username: options.botUsername ?? 'IncidentBot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0,
    };
    this.guilds = [...(options.guilds ?? [])];
    for (const g of this.guilds) this.channelOfGuild.set(g, snowflake());
    this.options = {
      token: options.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41250,
      resume: options.resume ?? 'reject',
      enforceDeadline: options.enforceDeadline ?? true,
      shards: options.shards ?? 1,
      validate: options.validate ?? true,
    };
  }

  /** Base URL to give discord.js as `rest: { api }`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }

  // ---------------------------------------------------------------- faults

  /** Answer matching requests with a given response (see FaultRule). */
  fault(rule: Omit<FaultRule, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...rule });
  }

  /** Answer the next `times` matching requests with 429 and retry_after (seconds). */
  rateLimit(method: string, path: RegExp | string, retryAfterS = 0.2, times = 1, global = false): void {
    this.fault({
      method,
      path,
      times,
      response: {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: retryAfterS, global },
        headers: {
          'retry-after': String(Math.ceil(retryAfterS)),
          'x-ratelimit-scope': global ? 'global' : 'user',
          ...(global ? { 'x-ratelimit-global': 'true' } : {}),
        },
      },
    });
  }

  /** Answer the next `times` matching requests with an error status and Discord error body. */
  failWith(method: string, path: RegExp | string, status = 500, times = 1, code = 0, message = 'Internal Server Error'): void {
    this.fault({ method, path, times, response: { status, body: { message, code } } });
  }

  /** Delay the next `times` matching requests, then handle them normally. */
  delay(method: string, path: RegExp | string, ms: number, times = 1): void {
    this.fault({ method, path, times, response: { status: 0, delayMs: ms } });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  private takeFault(req: FakeRequest): FaultResponse | undefined {
    const i = this.faults.findIndex(
      (f) =>
        f.times > 0 &&
        (!f.method || f.method.toUpperCase() === req.method) &&
        (typeof f.path === 'string' ? f.path === req.path : f.path.test(req.path)),
    );
    if (i < 0) return undefined;
    const rule = this.faults[i]!;
    rule.times -= 1;
    if (rule.times <= 0) this.faults.splice(i, 1);
    return typeof rule.response === 'function' ? rule.response(req) : rule.response;
  }

  // ---------------------------------------------------------------- REST

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(rawBody, req.headers['content-type']),
      rawBody,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(request);
    const send = (status: number, body?: Json, headers: Record<string, string> = {}) => {
      request.status = status;
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
      this.emit('request', request);
    };
    try {
      const fault = this.takeFault(request);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault && fault.status !== 0) return send(fault.status, fault.body, fault.headers);
      const [status, body] = this.route(request);
      send(status, body);
    } catch (err) {
      send(500, { message: String(err), code: 0 });
    }
  }

  private route(r: FakeRequest): [number, Json?] {
    const m = (re: RegExp) => r.path.match(re);
    let p: RegExpMatchArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot')
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.options.shards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    if (r.method === 'GET' && r.path === '/gateway') return [200, { url: this.gatewayUrl }];
    if (r.method === 'GET' && r.path === '/users/@me') return [200, this.botUser];
    if (r.method === 'GET' && r.path === '/applications/@me')
      return [200, { id: this.applicationId, name: this.botUser.username, flags: 0, bot_public: true, bot: this.botUser, description: '' }];
    if ((p = m(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (p[1] !== this.applicationId) return [404, { message: 'Unknown Application', code: 10002 }];
      const scope = p[2] ?? 'global';
      if (r.method === 'GET') return [200, this.commands.get(scope) ?? []];
      if (r.method === 'PUT') {
        const invalid = this.invalid(commandsErrors(r.body));
        if (invalid) return invalid;
        const stored = (r.body as Json[]).map((c) => this.storeCommand(c, p![2]));
        this.commands.set(scope, stored);
        this.emit('commands', scope, stored);
        return [200, stored];
      }
    }
    if ((p = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && r.method === 'POST') return this.onCallback(p[1]!, p[2]!, r);
    if ((p = m(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) return this.onWebhook(p[2]!, p[3], r);
    if ((p = m(/^\/channels\/(\d+)\/messages$/)) && r.method === 'POST') {
      const invalid = this.invalid(messageErrors(r.body));
      if (invalid) return invalid;
      const reference = r.body?.message_reference;
      const referenced = reference?.message_id ? this.messages.get(String(reference.message_id)) : undefined;
      if (reference?.message_id && !referenced && reference.fail_if_not_exists !== false)
        return [400, { message: 'Invalid Form Body', code: 50035, errors: { message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } }];
      const message = this.makeMessage(p[1]!, r.body, referenced ? 19 : 0);
      if (referenced) Object.assign(message, { message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id }, referenced_message: referenced });
      this.channelMessages.push(message);
      this.emit('channel-message', message);
      return [200, message];
    }
    if ((p = m(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && r.method === 'GET') {
      const message = this.messages.get(p[2]!);
      if (!message || message.channel_id !== p[1]) return [404, { message: 'Unknown Message', code: 10008 }];
      return [200, message];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** Store a command as Discord echoes it back: ids, version and filled-in defaults. */
  private storeCommand(c: Json, guildId?: string): Json {
    const existing = (this.commands.get(guildId ?? 'global') ?? []).find((x) => x.name === c.name);
    const fillOption = (o: Json): Json => ({
      ...o,
      ...(o.type === 1 || o.type === 2 ? {} : { required: o.required ?? false }),
      ...(o.options ? { options: o.options.map(fillOption) } : {}),
    });
    return {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      default_member_permissions: null,
      type: 1,
      nsfw: false,
      name_localizations: null,
      description_localizations: null,
      ...(guildId ? { guild_id: guildId } : { dm_permission: true, contexts: null, integration_types: [0] }),
      ...c,
      ...(c.options ? { options: c.options.map(fillOption) } : {}),
    };
  }

  private onCallback(id: string, token: string, r: FakeRequest): [number, Json?] {
    const rec = this.interactions.get(id);
    if (!rec || rec.token !== token) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (rec.callback) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    if (this.options.enforceDeadline && Date.now() - rec.dispatchedAt > 3000) return [404, { message: 'Unknown interaction', code: 10062 }];
    const { type, data } = r.body as { type: number; data?: Json };
    const invalid = this.invalid(
      type === CALLBACK.Message || type === CALLBACK.Update
        ? messageErrors(data)
        : type === CALLBACK.Autocomplete
          ? choicesErrors(data)
          : type === CALLBACK.Modal
            ? modalErrors(data)
            : type === CALLBACK.Deferred && (data?.flags ?? 0) & ~64
              ? ['only EPHEMERAL may be set on a deferred reply']
              : [],
    );
    if (invalid) return invalid;
    rec.callback = r.body;
    rec.callbackAt = Date.now();
    if (type === CALLBACK.Message) rec.message = this.makeMessage(this.channelOf(rec), data ?? {}, 20, rec);
    if (type === CALLBACK.Deferred) rec.message = this.makeMessage(this.channelOf(rec), { content: '', flags: (data?.flags ?? 0) | 128 }, 20, rec);
    this.emit('interaction-update', rec);
    if (r.query.get('with_response') === 'true')
      return [200, { interaction: { id, type: rec.type, response_message_loading: type === CALLBACK.Deferred }, resource: { type, message: rec.message } }];
    return [204];
  }

  private onWebhook(token: string, messageId: string | undefined, r: FakeRequest): [number, Json?] {
    const rec = [...this.interactions.values()].find((x) => x.token === token);
    if (!rec) return [404, { message: 'Unknown Webhook', code: 10015 }];
    if (r.method === 'POST' || r.method === 'PATCH') {
      const invalid = this.invalid(messageErrors(r.body));
      if (invalid) return invalid;
    }
    if (!messageId && r.method === 'POST') {
      const message = this.makeMessage(this.channelOf(rec), r.body, 0, rec);
      rec.followups.push(message);
      this.emit('interaction-update', rec);
      return [200, message];
    }
    const target = messageId === '@original' ? rec.message : this.messages.get(messageId ?? '');
    if (!target) return [404, { message: 'Unknown Message', code: 10008 }];
    if (r.method === 'GET') return [200, target];
    if (r.method === 'DELETE') {
      this.messages.delete(target.id);
      if (messageId === '@original') rec.deleted = true;
      this.emit('interaction-update', rec);
      return [204];
    }
    if (r.method === 'PATCH') {
      const body = r.body ?? {};
      for (const k of ['content', 'embeds', 'components', 'allowed_mentions'] as const) if (k in body) target[k] = body[k];
      target.flags = (target.flags ?? 0) & ~128;
      target.edited_timestamp = new Date().toISOString();
      rec.edits.push(body);
      this.emit('interaction-update', rec);
      return [200, target];
    }
    return [405, { message: '405: Method Not Allowed', code: 0 }];
  }

  /** Bodies rejected as Discord would, kept for tests to inspect. */
  readonly rejected: { errors: string[] }[] = [];

  private invalid(errors: string[]): [number, Json] | undefined {
    if (!this.options.validate || errors.length === 0) return undefined;
    this.rejected.push({ errors });
    return [400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: errors.map((message) => ({ code: 'INVALID', message })) } }];
  }

  private channelOf(rec: InteractionRecord): string {
    return rec.channelId;
  }

  private makeMessage(channelId: string, body: Json, type: number, rec?: InteractionRecord): FakeMessage {
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type,
      flags: body?.flags ?? 0,
      allowed_mentions: body?.allowed_mentions,
      application_id: this.applicationId,
      ...(rec
        ? {
            interaction_metadata: {
              id: rec.id,
              type: rec.type,
              user: rec.user,
              authorizing_integration_owners: rec.guildId ? { '0': rec.guildId } : { '1': rec.user?.id },
            },
          }
        : {}),
    };
    this.messages.set(message.id, message);
    return message;
  }

  // ---------------------------------------------------------------- gateway

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (raw) => this.onFrame(ws, JSON.parse(String(raw))));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null }));
  }

  private onFrame(ws: WebSocket, frame: Json): void {
    this.gatewayFrames.push(frame);
    switch (frame.op) {
      case 1:
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        break;
      case 2: {
        this.identifies.push(frame.d);
        if (this.options.token && frame.d?.token !== this.options.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.socket = ws;
        this.seq = 0;
        this.sessionId = randomBytes(16).toString('hex');
        this.send('READY', {
          v: 10,
          user: this.botUser,
          guilds: this.guilds.map((id) => ({ id, unavailable: true })),
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: Array.isArray(frame.d?.shard) ? frame.d.shard : [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          relationships: [],
          user_settings: {},
          presences: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        for (const g of this.guilds) this.send('GUILD_CREATE', this.guildPayload(g));
        this.emit('identify', frame.d);
        break;
      }
      case 6:
        if (this.options.resume === 'accept' && frame.d?.session_id === this.sessionId) {
          this.socket = ws;
          this.send('RESUMED', {});
          this.emit('resumed');
        } else {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        }
        break;
      default:
        break;
    }
  }

  /** Send a dispatch event to the bot's current connection. */
  send(t: string, d: Json): void {
    if (!this.socket) throw new Error('no bot connected to the fake gateway');
    this.socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Resolve when a bot has identified (count: how many identifies in total). */
  async waitForIdentify(count = 1, timeoutMs = 10_000): Promise<void> {
    await this.until(() => this.identifies.length >= count, 'identify', timeoutMs);
  }

  /** Close the bot's connection (4000 = unknown error: the client resumes or reconnects). */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'dropped by test');
    this.socket = undefined;
  }

  /** The bot joins a new guild: GUILD_CREATE with a text channel. */
  addGuild(id = snowflake()): string {
    if (!this.guilds.includes(id)) this.guilds.push(id);
    if (!this.channelOfGuild.has(id)) this.channelOfGuild.set(id, snowflake());
    this.send('GUILD_CREATE', this.guildPayload(id));
    return id;
  }

  private guildPayload(id: string): Json {
    const channelId = this.channelOfGuild.get(id) ?? snowflake();
    this.channelOfGuild.set(id, channelId);
    return {
      id,
      name: `Guild ${id.slice(-4)}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: id, nsfw: false, topic: null }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- interactions

  private where(w: Where = {}) {
    const guildId = w.guildId === undefined ? (this.guilds[0] ?? null) : w.guildId;
    const channelId = w.channelId ?? (guildId ? this.channelOfGuild.get(guildId) : undefined) ?? snowflake();
    const user = { id: w.userId ?? '100000000000000001', username: w.username ?? 'asker', discriminator: '0', global_name: null, avatar: null };
    return { guildId, channelId, user };
  }

  /** Dispatch INTERACTION_CREATE; returns the record that fills in as the bot answers. */
  interact(type: number, data: Json, w: Where = {}, extra: Json = {}): InteractionRecord {
    const { guildId, channelId, user } = this.where(w);
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
    const rec: InteractionRecord = { id, token, type, dispatchedAt: Date.now(), followups: [], edits: [], deleted: false, channelId, guildId, user };
    this.interactions.set(id, rec);
    this.send('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: { user, roles: [], permissions: w.permissions ?? '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null },
            context: 0,
          }
        : { user, context: 1 }),
      channel_id: channelId,
      channel: { id: channelId, type: guildId ? 0 : 1, ...(guildId ? { guild_id: guildId, name: 'general' } : {}) },
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
      attachment_size_limit: 10_485_760,
      ...extra,
    });
    return rec;
  }

  /** A slash command; options by name (type inferred from the JS value unless given as [type, value]). */
  slash(name: string, options: Record<string, string | number | boolean | [number, string | number | boolean]> = {}, w?: Where): InteractionRecord {
    return this.interact(2, { id: snowflake(), name, type: 1, options: toOptions(options) }, w);
  }

  /** An autocomplete request with `focused` being the option being typed. */
  autocomplete(name: string, focused: string, value: string, others: Record<string, string | number | boolean> = {}, w?: Where): InteractionRecord {
    const opts = [...toOptions(others), { name: focused, type: 3, value, focused: true }];
    return this.interact(4, { id: snowflake(), name, type: 1, options: opts }, w);
  }

  /** A button click on a message the fake holds (or any message object). */
  click(message: FakeMessage, customId: string, w?: Where): InteractionRecord {
    return this.interact(3, { custom_id: customId, component_type: 2 }, { channelId: message.channel_id, ...w }, { message });
  }

  /** Submit a modal with text inputs by custom id. */
  submitModal(customId: string, fields: Record<string, string>, w?: Where, message?: FakeMessage): InteractionRecord {
    const components = Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
    return this.interact(5, { custom_id: customId, components }, w, message ? { message } : {});
  }

  /** Resolve when the interaction got its initial callback. */
  async ack(rec: InteractionRecord, timeoutMs = 5000): Promise<Json> {
    await this.until(() => rec.callback !== undefined, `callback of interaction ${rec.id}`, timeoutMs);
    return rec.callback;
  }

  /**
   * Resolve with the visible result: the reply message (type 4), the edited or
   * followed-up deferred reply, the choices (type 8) or the modal (type 9).
   */
  async result(rec: InteractionRecord, timeoutMs = 10_000): Promise<Json> {
    await this.until(
      () => {
        const t = rec.callback?.type;
        if (t === CALLBACK.Message || t === CALLBACK.Autocomplete || t === CALLBACK.Modal) return true;
        if (t === CALLBACK.Deferred || t === CALLBACK.DeferredUpdate) return rec.edits.length > 0 || rec.followups.length > 0;
        return false;
      },
      `result of interaction ${rec.id}`,
      timeoutMs,
    );
    const t = rec.callback.type;
    if (t === CALLBACK.Autocomplete || t === CALLBACK.Modal) return rec.callback.data;
    if (t === CALLBACK.Message) return rec.message;
    return rec.followups.length > 0 ? rec.followups[rec.followups.length - 1] : rec.message;
  }

  private async until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const onUpdate = () => {
        if (check()) done(resolve);
      };
      const timer = setTimeout(() => done(() => reject(new Error(`fake Discord: timed out waiting for ${what}`))), timeoutMs);
      const poll = setInterval(onUpdate, 20);
      const done = (fn: () => void) => {
        clearTimeout(timer);
        clearInterval(poll);
        this.off('interaction-update', onUpdate);
        this.off('identify', onUpdate);
        fn();
      };
      this.on('interaction-update', onUpdate);
      this.on('identify', onUpdate);
    });
  }

  /**
   * A user (or, with `bot: true`, another bot) posts a message in a channel:
   * MESSAGE_CREATE as Discord sends it. `replyTo` makes it a reply (type 19,
   * message_reference, and `referenced_message` unless `withReferenced: false`;
   * `mentions` holds the replied-to author when `ping` is on, the default).
   * Without the Message Content intent Discord delivers empty content unless
   * the bot is mentioned: pass `content: ''` for that case.
   */
  userMessage(content: string, options: Where & { replyTo?: FakeMessage; bot?: boolean; ping?: boolean; withReferenced?: boolean } = {}): FakeMessage {
    const { guildId, channelId, user } = this.where({ channelId: options.replyTo?.channel_id, ...options });
    const author = { ...user, ...(options.bot ? { bot: true } : {}) };
    const ref = options.replyTo;
    const ping = options.ping ?? true;
    const mentions = [...(ref && ping ? [ref.author] : []), ...(content.includes(`<@${this.botUser.id}>`) && !(ref && ping && ref.author.id === this.botUser.id) ? [this.botUser] : [])];
    const message: Json = {
      id: snowflake(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: ref ? 19 : 0,
      flags: 0,
      ...(ref ? { message_reference: { type: 0, message_id: ref.id, channel_id: ref.channel_id, ...(guildId ? { guild_id: guildId } : {}) } } : {}),
      ...(ref && options.withReferenced !== false ? { referenced_message: ref } : {}),
    };
    this.messages.set(message.id, message);
    this.send('MESSAGE_CREATE', {
      ...message,
      ...(guildId ? { guild_id: guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
    });
    return message;
  }

  /** Resolve with the first message the bot posts in a channel (POST /channels/:id/messages) that matches. */
  async channelMessage(match: (m: FakeMessage) => boolean = () => true, timeoutMs = 10_000): Promise<FakeMessage> {
    await this.until(() => this.channelMessages.some(match), 'a channel message', timeoutMs);
    return this.channelMessages.find(match);
  }

  /** Requests matching a method and path pattern. */
  requestsTo(method: string, path: RegExp | string): FakeRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }
}

function toOptions(options: Record<string, string | number | boolean | [number, string | number | boolean]>): Json[] {
  return Object.entries(options).map(([name, v]) => {
    if (Array.isArray(v)) return { name, type: v[0], value: v[1] };
    const type = typeof v === 'boolean' ? 5 : typeof v === 'number' ? (Number.isInteger(v) ? 4 : 10) : 3;
    return { name, type, value: v };
  });
}

function parseBody(raw: string, contentType: string | undefined): Json {
  if (!raw) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const m = raw.match(/name="payload_json"(?:\r\n[^\r\n]*)*?\r\n\r\n([\s\S]*?)\r\n--/);
    return m ? JSON.parse(m[1]!) : raw;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
