/**
 * The invite URL: scopes `bot applications.commands` and only the permissions
 * the bot uses. Each permission is listed with the reason it is needed.
 */
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export const REQUIRED_PERMISSIONS: ReadonlyArray<{ name: keyof typeof PermissionFlagsBits; why: string }> = [
  { name: 'ViewChannel', why: 'see the channels it is asked in, and receive replies to its answers (GuildMessages intent)' },
  { name: 'SendMessages', why: 'answer replies to its own answers with a normal channel message' },
  { name: 'EmbedLinks', why: 'answers are embeds (quote, source links); without it Discord strips them from channel messages' },
  { name: 'ReadMessageHistory', why: 'fetch the answer a user replied to, to recover the question being followed up' },
];

export function invitePermissions(): bigint {
  return PermissionsBitField.resolve(REQUIRED_PERMISSIONS.map((p) => PermissionFlagsBits[p.name]));
}

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: invitePermissions().toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
