/**
 * The floor the bench compares the bot with: the smallest discord.js bot that
 * registers `/ask` and answers every interaction with a fixed embed. Plain
 * JavaScript run by node directly (`node bench/floorBot.mjs`), discord.js from
 * node_modules, as anyone would write it. DISCORD_TOKEN and DISCORD_API_URL
 * come from the environment; SIGTERM destroys the client and exits 0.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, (i) => {
  if (i.isRepliable()) void i.reply({ embeds: [{ title: 'Answer', description: 'A fixed answer.' }] }).catch(() => undefined);
});
client.once(Events.ClientReady, async () => {
  await client.application.commands.set([{ name: 'ask', description: 'Ask a question', options: [{ type: 3, name: 'question', description: 'Your question', required: true }] }]);
  process.stdout.write('registered\n');
});
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
