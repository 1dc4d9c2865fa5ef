/** Default limits. The server reads overrides from its environment. */
export const defaultLimits = {
  /** Largest WebSocket message accepted, in bytes (2 MiB). */
  maxMessageBytes: 2 * 1024 * 1024,
  /**
   * Open WebSocket connections allowed per board, across all its docs: a
   * last safety net. Each person uses three (board, control, private notes),
   * so the default leaves room for 500 people with a second tab open.
   */
  maxConnectionsPerBoard: 2000,
  /** Different people (participant tokens, or addresses for links without one) on one board at once. */
  maxPeoplePerBoard: 500,
  /** Connections one participant (by token) may hold to their private doc. */
  maxSocketsPerPersonPrivateDoc: 2,
  /** Connections one participant (by token) may hold to the board's content or control doc. */
  maxSocketsPerPersonSharedDoc: 4,
  /**
   * Connections one address may hold to one doc without a participant token
   * (projectors and view-only links). Higher, because a whole room often
   * shares one address.
   */
  maxSocketsPerAddressPerDoc: 20,
  /** Bytes waiting to be sent to one socket before it is closed as too slow (8 MiB). */
  maxBufferedBytes: 8 * 1024 * 1024,
  /** Sync step 1 messages (each answered with the whole doc) one connection may send in a burst. */
  maxSyncStep1PerConnection: 10,
  /** Largest presence (awareness) state one connection may publish, in bytes of JSON. */
  maxPresenceBytes: 32 * 1024,
  /** Times one address may join a board as a person per minute (a room often shares one address). */
  maxJoinsPerIpPerMinute: 60,
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
  /**
   * Most notes one reveal ("Share everyone's notes") puts on the board, from
   * everyone together (each person also gives at most 300 in one go). The
   * server writes a reveal in one step that nothing else can run during, and
   * checks every record first (about 0.1 ms each): 5,000 notes, with a name
   * and picture for each person's column, hold it for about as long as three
   * of the biggest changes a browser may send (`maxRecordsPerUpdate`), and
   * 5,000 short notes are about 2 MiB, well inside `maxDocBytes`. That is ten
   * notes each for the most people a board holds (500). Past it, places are
   * shared out fairly and the rest stay private for the next reveal.
   */
  maxNotesPerReveal: 5_000,
} as const

export type Limits = { -readonly [K in keyof typeof defaultLimits]: number }
