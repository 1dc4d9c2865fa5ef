/** Default limits. The server reads overrides from its environment. */
export const defaultLimits = {
  /** Largest WebSocket message accepted, in bytes (2 MiB). */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Open WebSocket connections allowed per board, across all its docs. */
  maxConnectionsPerBoard: 500,
  /** Boards one IP address may create per minute. */
  maxBoardsPerIpPerMinute: 20,
  /** WebSocket messages one connection may send per second, on average. */
  maxMessagesPerSecond: 200,
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxJsonBytes: 256 * 1024,
  /** Longest board title, in characters. */
  maxTitleLength: 120,
  /** Largest image upload accepted, in bytes (10 MiB). */
  maxUploadBytes: 10 * 1024 * 1024,
  /** Widest or tallest image accepted, in pixels. */
  maxImageSide: 8000,
  /** Most pixels (width × height) an image may have, so no upload is a memory bomb. */
  maxImagePixels: 40_000_000,
  /** Image uploads one IP address may make per minute (a room often shares one IP). */
  maxUploadsPerIpPerMinute: 120,
  /** Largest backup file `POST /api/boards/import` accepts, in bytes (32 MiB: pictures travel inside). */
  maxImportBytes: 32 * 1024 * 1024,
  /**
   * Largest a board's content doc (or one private doc) may grow, in bytes of
   * its encoded Yjs state (16 MiB; a board of 5,000 short notes is about
   * 2 MiB). An update that would pass it is undone and the writer told.
   */
  maxDocBytes: 16 * 1024 * 1024,
  /**
   * Most records one client update may change; a bigger update is undone.
   * Checking a record costs about 0.1 ms, so one message can hold the server
   * for at most ~0.2 s. Real batches are far smaller: pasting a stage is tens
   * of records, and dragging a frame moves its notes without changing them.
   */
  maxRecordsPerUpdate: 2_000,
} as const

export type Limits = { -readonly [K in keyof typeof defaultLimits]: number }
