import { formatInviteCode } from '../corpus/sync/invite-code';
import { parseCommandLine, USAGE } from './command-line';
import { stdoutLog } from './log';
import { openDatabase } from './open-database';
import { createRegistry } from './registry';
import { startTeamServer } from './team-server';

/** `npm run server [-- command …]`: the team server and its admin commands. */
async function main(): Promise<number> {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command.kind === 'serve') {
    const server = await startTeamServer({
      host: command.host,
      port: command.port,
      dataDir: command.dataDir,
      log: stdoutLog(),
      ...(command.redis ? { redis: command.redis } : {}),
    });
    await new Promise<void>((resolve) => {
      const stop = () => void server.stop().then(resolve);
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    return 0;
  }
  const db = openDatabase(command.dataDir);
  try {
    const registry = createRegistry(db);
    switch (command.kind) {
      case 'invite': {
        const { member, token } = registry.invite(command.group, command.name, command.role);
        // The app reads the whole code (who, which group, role, token); only the token is secret.
        const code = formatInviteCode({
          memberId: member.id,
          groupId: member.groupId,
          role: member.role,
          name: member.name,
          groupName: member.groupName,
          token,
        });
        process.stdout.write(
          `${member.name} (${member.role}) joins ${member.groupName} with this invite — hand it over privately, it is shown once:\n\n${code}\n`,
        );
        return 0;
      }
      case 'revoke': {
        const revoked = registry.revoke(command.group, command.name);
        process.stdout.write(
          revoked.length > 0
            ? `revoked ${revoked.length} invite(s) of ${command.name} in ${command.group}\n`
            : `no live invite of ${command.name} in ${command.group}\n`,
        );
        return revoked.length > 0 ? 0 : 1;
      }
      case 'members':
        for (const m of registry.members(command.group))
          process.stdout.write(`${m.name}\t${m.role}\t${m.created}${m.revoked ? `\trevoked ${m.revoked}` : ''}\n`);
        return 0;
    }
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
