/**
 * `pnpm bench:cluster-soak`: 60 simulated people (SOAK_PEOPLE) on three
 * boards across three node processes on one PostgreSQL, for 10 minutes
 * (SOAK_MINUTES). Every minute one node restarts in turn (SIGTERM and
 * kill -9 by turns) and one person's connection is cut. At the end: every
 * board doc converges, nothing is lost, private docs reach only their
 * owner, and server memory is flat. Exits 1 when a check fails.
 */
import './testHelpersOutsideVitest.ts'

// Loaded only now, after the hook, since it imports the server's test helpers.
await import('./clusterSoakRun.ts')
