/**
 * What `pnpm wesee backup` and `restore` say when DATABASE_URL is set, and
 * do nothing else. They copy a SQLite data folder; PostgreSQL has its own
 * tools, made for the job: pg_dump reads one consistent moment while the
 * servers run, and matches the database's version. A copy of them here
 * would be a second, weaker pg_dump. The address is never repeated (it may
 * hold a password): the words name the variable, not its value.
 */
export function postgresBackupAdvice(command: 'backup' | 'restore'): string {
  return command === 'backup'
    ? 'DATABASE_URL is set, so the boards are in PostgreSQL, and pnpm wesee backup copies a SQLite data folder only. ' +
        'Back up PostgreSQL with pg_dump (pg_dump --format=custom --file=wesee.dump "$DATABASE_URL"), ' +
        'and keep board-keys.secret from DATA_DIR (or the BOARD_KEY_SECRET you set) with each dump: without it the participant and viewer links do not open. ' +
        'Nothing was written.'
    : 'DATABASE_URL is set, so the boards are in PostgreSQL, and pnpm wesee restore fills a SQLite data folder only. ' +
        'Stop the servers, restore the dump into an empty database with pg_restore (pg_restore --dbname="$DATABASE_URL" wesee.dump), ' +
        'put the board-keys.secret kept with it into DATA_DIR (or set BOARD_KEY_SECRET to it), then start WeSee. Nothing was changed.'
}
