/**
 * Said by `pnpm wesee` when the database is at another schema step than
 * this WeSee's. The tools never change the schema: a server running beside
 * them may be an older version, and must not find its tables changed under it.
 */
export class SchemaNotCurrentError extends Error {
  constructor(found: number, latest: number) {
    super(
      found > latest
        ? `The database was made by a newer version of WeSee (schema step ${found}; this one knows up to ${latest}). Use the newer version's pnpm wesee.`
        : `The database is at schema step ${found}, older than this WeSee's (${latest}). Start this version's server once (it brings the database up to date), then run this again.`,
    )
    this.name = 'SchemaNotCurrentError'
  }
}

/** Said by `pnpm wesee` when DATABASE_URL names a database no WeSee server has used. */
export class NoWeSeeDataError extends Error {
  constructor() {
    super(
      'The PostgreSQL database named by DATABASE_URL holds no WeSee data. Check DATABASE_URL names the server’s database.',
    )
    this.name = 'NoWeSeeDataError'
  }
}
