import path from 'node:path'
import { configFromEnv } from '../config.ts'
import { backupCommand } from './backupCommand.ts'
import { checkCommand } from './checkCommand.ts'
import { postgresBackupAdvice } from './postgresBackups.ts'
import { pruneCommand } from './pruneCommand.ts'
import { restoreCommand } from './restoreCommand.ts'
import { consoleOutput, ExitCode, type Output } from './words.ts'

const usage = `How to use: pnpm wesee <command>   (the data is in DATA_DIR or DATABASE_URL, as for the server)

  backup <file>              copy everything (boards, versions, ballots, pictures, the key secret)
                             into one file; safe while the server runs (SQLite only: with
                             DATABASE_URL, use pg_dump)
  restore <file> [--replace] put a backup into the data folder; the server must be stopped,
                             and a folder with data in it is only replaced with --replace
                             (SQLite only: with DATABASE_URL, use pg_restore)
  check                      look for damage and leftovers, and show how much each board takes
  prune [--dry-run]          remove old versions and unused pictures as the server's tidy-up does;
                             --dry-run only lists them`

/** Runs one `pnpm wesee` command; resolves with its exit code. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, out: Output): Promise<number> {
  const [command, ...rest] = args
  const flags = new Set(rest.filter((arg) => arg.startsWith('--')))
  const files = rest.filter((arg) => !arg.startsWith('--'))
  // pnpm runs scripts from the project folder; a file is named from where the person typed.
  const here = env.INIT_CWD || process.cwd()
  let config
  try {
    config = configFromEnv(env)
  } catch (error) {
    out.problem(`WeSee cannot run: ${error instanceof Error ? error.message : String(error)}`)
    return ExitCode.Problem
  }
  const allowed: Record<string, { files: number; flags: string[] }> = {
    backup: { files: 1, flags: [] },
    restore: { files: 1, flags: ['--replace'] },
    check: { files: 0, flags: [] },
    prune: { files: 0, flags: ['--dry-run'] },
  }
  const shape = command ? allowed[command] : undefined
  const unknownFlag = [...flags].find((flag) => !shape?.flags.includes(flag))
  if (!command || !shape || files.length !== shape.files || unknownFlag) {
    if (command && command !== 'help' && command !== '--help') {
      out.problem(
        unknownFlag && shape
          ? `${command} does not know ${unknownFlag}.`
          : `That is not a command WeSee knows: ${args.join(' ')}`,
      )
    }
    out.say(usage)
    return command === 'help' || command === '--help' ? ExitCode.Done : ExitCode.Usage
  }
  const file = files[0] ? path.resolve(here, files[0]) : ''
  if ((command === 'backup' || command === 'restore') && config.databaseUrl !== null) {
    out.problem(postgresBackupAdvice(command))
    return ExitCode.Problem
  }
  switch (command) {
    case 'backup':
      return backupCommand(config.dataDir, file, out)
    case 'restore':
      return restoreCommand(config.dataDir, file, { replace: flags.has('--replace') }, out)
    case 'check':
      return checkCommand(config, out)
    default:
      return pruneCommand(config, { dryRun: flags.has('--dry-run') }, out)
  }
}

// Run as a program (`pnpm wesee …`), not when a test imports it.
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  runCli(process.argv.slice(2), process.env, consoleOutput).then(
    (code) => process.exit(code),
    (error: unknown) => {
      consoleOutput.problem(
        `WeSee stopped with an error: ${error instanceof Error ? error.message : String(error)}`,
      )
      process.exit(ExitCode.Problem)
    },
  )
}
