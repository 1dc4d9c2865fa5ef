import { minimumClusterSecretLength, type ClusterSettings } from './ClusterNode.ts'

/** Lease length when LEASE_MS is not set: a dead owner's boards are back within about this long. */
export const defaultLeaseMs = 5_000

/**
 * A node's cluster settings from its environment: DATABASE_URL (the
 * PostgreSQL that keeps the boards, which holds the leases too),
 * CLUSTER_SECRET, NODE_ADDRESS (optional), NODE_NAME (optional), LEASE_MS
 * (optional). Throws a plain sentence for a value the node will not start
 * with.
 */
export function clusterSettingsFromEnv(env: NodeJS.ProcessEnv): ClusterSettings {
  const databaseUrl = env.DATABASE_URL
  if (!databaseUrl)
    throw new Error(
      'CLUSTER_SECRET is set, so this is one server of several: set DATABASE_URL so they share the boards',
    )
  // The leases fence the writes of the boards' docs in the same statement, so both must be in one database.
  if (env.CLUSTER_DATABASE_URL && env.CLUSTER_DATABASE_URL !== databaseUrl)
    throw new Error(
      'CLUSTER_DATABASE_URL is not needed any more and must not name another database: the servers keep their boards and who serves each one in the database DATABASE_URL names. Remove CLUSTER_DATABASE_URL',
    )
  const secret = env.CLUSTER_SECRET ?? ''
  if (secret.length < minimumClusterSecretLength)
    throw new Error(
      `CLUSTER_SECRET must be at least ${minimumClusterSecretLength} characters, the same on every node ` +
        '(for example the output of: openssl rand -hex 32)',
    )
  const leaseRaw = env.LEASE_MS
  const leaseMs = leaseRaw === undefined || leaseRaw === '' ? defaultLeaseMs : Number(leaseRaw)
  if (!Number.isInteger(leaseMs) || leaseMs < 500 || leaseMs > 60_000)
    throw new Error(`LEASE_MS must be a whole number of milliseconds from 500 to 60000 (it is "${leaseRaw}")`)
  const nodeAddress = env.NODE_ADDRESS ? env.NODE_ADDRESS.replace(/\/+$/, '') : null
  if (nodeAddress !== null && !/^http:\/\/[^/\s]+$/.test(nodeAddress))
    throw new Error(`NODE_ADDRESS must look like http://10.0.0.5:3000 (it is "${env.NODE_ADDRESS}")`)
  return { databaseUrl, secret, nodeAddress, leaseMs, nodeName: env.NODE_NAME || undefined }
}
