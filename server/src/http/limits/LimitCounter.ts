/**
 * Counts hits in fixed windows, per key (a limit's name and a client
 * address). One server counts in its own memory; the nodes of a cluster
 * count in their shared PostgreSQL, so three nodes behind a balancer give a
 * visitor the same number of tries as one server does.
 */
export interface LimitCounter {
  /**
   * Counts one hit for `key` and returns the hits in its current window,
   * this one included. A window starts with the first hit after the last
   * one ended and lasts `windowMs`.
   */
  hit(key: string, windowMs: number): Promise<number>
}
