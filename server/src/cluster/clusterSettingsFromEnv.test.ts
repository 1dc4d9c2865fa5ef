import { expect, test } from 'vitest'
import { clusterSettingsFromEnv, defaultLeaseMs } from './clusterSettingsFromEnv.ts'

const secret = 'x'.repeat(32)
const url = 'postgres://wesee@db/wesee'

test('the settings a node needs, with the lease length by default', () => {
  expect(clusterSettingsFromEnv({ DATABASE_URL: url, CLUSTER_SECRET: secret })).toEqual({
    databaseUrl: url,
    secret,
    nodeAddress: null,
    leaseMs: defaultLeaseMs,
    nodeName: undefined,
  })
  expect(
    clusterSettingsFromEnv({
      DATABASE_URL: url,
      CLUSTER_SECRET: secret,
      NODE_ADDRESS: 'http://10.0.0.5:3000/',
      LEASE_MS: '2000',
      NODE_NAME: 'web-1',
    }),
  ).toMatchObject({ nodeAddress: 'http://10.0.0.5:3000', leaseMs: 2000, nodeName: 'web-1' })
})

test('a value a node will not start with is named in plain words', () => {
  expect(() => clusterSettingsFromEnv({ CLUSTER_SECRET: secret })).toThrow(
    /set DATABASE_URL so they share the boards/,
  )
  // The old setting, naming another database: the leases would fence nothing the boards' store writes.
  expect(() =>
    clusterSettingsFromEnv({
      DATABASE_URL: url,
      CLUSTER_DATABASE_URL: 'postgres://wesee@other/leases',
      CLUSTER_SECRET: secret,
    }),
  ).toThrow(/Remove CLUSTER_DATABASE_URL/)
  expect(
    clusterSettingsFromEnv({ DATABASE_URL: url, CLUSTER_DATABASE_URL: url, CLUSTER_SECRET: secret })
      .databaseUrl,
  ).toBe(url)
  expect(() => clusterSettingsFromEnv({ DATABASE_URL: url, CLUSTER_SECRET: 'short' })).toThrow(
    /CLUSTER_SECRET must be at least 32 characters/,
  )
  for (const LEASE_MS of ['abc', '100', '1.5', '999999'])
    expect(() => clusterSettingsFromEnv({ DATABASE_URL: url, CLUSTER_SECRET: secret, LEASE_MS })).toThrow(
      /LEASE_MS must be a whole number/,
    )
  for (const NODE_ADDRESS of ['10.0.0.5:3000', 'https://a.example/x', 'http://a b'])
    expect(() => clusterSettingsFromEnv({ DATABASE_URL: url, CLUSTER_SECRET: secret, NODE_ADDRESS })).toThrow(
      /NODE_ADDRESS must look like/,
    )
})
