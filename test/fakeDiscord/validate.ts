/**
 * The fake's own checks of what the bot sends, independent of the bot's code:
 * Discord answers 400 "Invalid Form Body" (50035) to a message, autocomplete
 * result, modal or command definition that breaks its rules.
 */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const len = (s: unknown) => (typeof s === 'string' ? s.length : 0);

export function messageErrors(m: Json): string[] {
  const e: string[] = [];
  if (!m || typeof m !== 'object') return ['body is not an object'];
  if (len(m.content) > 2000) e.push('content longer than 2000');
  const embeds: Json[] = m.embeds ?? [];
  if (embeds.length > 10) e.push('more than 10 embeds');
  let total = 0;
  for (const x of embeds) {
    if (len(x.title) > 256) e.push('embed title longer than 256');
    if (len(x.description) > 4096) e.push('embed description longer than 4096');
    if (len(x.footer?.text) > 2048) e.push('embed footer longer than 2048');
    if (len(x.author?.name) > 256) e.push('embed author longer than 256');
    if ((x.fields ?? []).length > 25) e.push('more than 25 fields');
    for (const f of x.fields ?? []) {
      if (len(f.name) < 1 || len(f.name) > 256) e.push('field name not 1-256');
      if (len(f.value) < 1 || len(f.value) > 1024) e.push('field value not 1-1024');
      total += len(f.name) + len(f.value);
    }
    total += len(x.title) + len(x.description) + len(x.footer?.text) + len(x.author?.name);
  }
  if (total > 6000) e.push('embeds longer than 6000 in total');
  const rows: Json[] = m.components ?? [];
  if (rows.length > 5) e.push('more than 5 action rows');
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== 1) e.push('top-level component is not an action row');
    if ((row.components ?? []).length > 5) e.push('more than 5 components in a row');
    for (const c of row.components ?? []) {
      if (c.custom_id !== undefined) {
        if (len(c.custom_id) < 1 || len(c.custom_id) > 100) e.push('custom_id not 1-100');
        if (ids.has(c.custom_id)) e.push(`duplicate custom_id ${c.custom_id}`);
        ids.add(c.custom_id);
      }
      if (len(c.label) > 80) e.push('button label longer than 80');
    }
  }
  return e;
}

export function choicesErrors(d: Json): string[] {
  const choices: Json[] = d?.choices ?? [];
  const e: string[] = [];
  if (choices.length > 25) e.push('more than 25 choices');
  for (const c of choices) {
    if (len(c.name) < 1 || len(c.name) > 100) e.push('choice name not 1-100');
    if (typeof c.value === 'string' && c.value.length > 100) e.push('choice value longer than 100');
  }
  return e;
}

export function modalErrors(d: Json): string[] {
  const e: string[] = [];
  if (len(d?.custom_id) < 1 || len(d?.custom_id) > 100) e.push('modal custom_id not 1-100');
  if (len(d?.title) < 1 || len(d?.title) > 45) e.push('modal title not 1-45');
  const rows: Json[] = d?.components ?? [];
  if (rows.length < 1 || rows.length > 5) e.push('modal needs 1-5 rows');
  for (const row of rows)
    for (const c of row.components ?? []) {
      if (len(c.label) > 45) e.push('text input label longer than 45');
      if (c.max_length !== undefined && (c.max_length < 1 || c.max_length > 4000)) e.push('text input max_length not 1-4000');
    }
  return e;
}

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export function commandsErrors(list: Json[]): string[] {
  const e: string[] = [];
  if (!Array.isArray(list)) return ['body is not an array'];
  if (list.length > 100) e.push('more than 100 commands');
  const names = new Set<string>();
  for (const c of list) {
    const where = `command ${c.name}`;
    if (!NAME.test(c.name ?? '') || c.name !== c.name.toLowerCase()) e.push(`${where}: invalid name`);
    if (names.has(c.name)) e.push(`${where}: duplicate name`);
    names.add(c.name);
    if ((c.type ?? 1) === 1 && (len(c.description) < 1 || len(c.description) > 100)) e.push(`${where}: description not 1-100`);
    let chars = len(c.name) + len(c.description);
    const walk = (options: Json[] | undefined, depth: number) => {
      if (!options) return;
      if (options.length > 25) e.push(`${where}: more than 25 options`);
      let seenOptional = false;
      for (const o of options) {
        if (!NAME.test(o.name ?? '') || o.name !== o.name.toLowerCase()) e.push(`${where}: invalid option name ${o.name}`);
        if (len(o.description) < 1 || len(o.description) > 100) e.push(`${where}: option ${o.name} description not 1-100`);
        if (o.type !== 1 && o.type !== 2) {
          if (o.required && seenOptional) e.push(`${where}: required option ${o.name} after an optional one`);
          if (!o.required) seenOptional = true;
        }
        if (o.max_length !== undefined && (o.max_length < 1 || o.max_length > 6000)) e.push(`${where}: option ${o.name} max_length not 1-6000`);
        if ((o.choices ?? []).length > 25) e.push(`${where}: option ${o.name} has more than 25 choices`);
        if (o.autocomplete && o.choices?.length) e.push(`${where}: option ${o.name} has both autocomplete and choices`);
        chars += len(o.name) + len(o.description);
        for (const ch of o.choices ?? []) chars += len(ch.name) + len(String(ch.value));
        if (depth < 2) walk(o.options, depth + 1);
      }
    };
    walk(c.options, 0);
    if (chars > 8000) e.push(`${where}: more than 8000 characters`);
  }
  return e;
}
