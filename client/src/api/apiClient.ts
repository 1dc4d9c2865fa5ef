import {
  errorCodeName,
  readApiError,
  type BoardStory,
  type BoardSummary,
  type Command,
  type CommandAnswer,
  type BoardLanguage,
  type CreatedBoard,
  type ErrorCode,
  type JoinCodeTarget,
  type JoinedBoard,
  type JoinRequest,
  type NewBoardKey,
} from '@wesee/shared'
import { text } from '../text.ts'
import { errorWords } from './errorWords.ts'

/**
 * An error from the API. `message` is what the person reads, in their
 * language (errorWords.ts); `reason` is the server's exact reason when it
 * gave one, and `serverMessage` its English words, for the console.
 */
export class ApiRequestError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly status: number,
    readonly reason: string | null = null,
    readonly serverMessage: string | null = null,
  ) {
    super(message)
  }

  /** The error for an answer that is not ok: its body's reason and code, in the person's words. */
  static fromAnswer(body: unknown, status: number): ApiRequestError {
    const answer = readApiError(body)
    if (!answer) return new ApiRequestError('server_error', text.errors.generic, status)
    const code = errorCodeName(answer.code) ? (answer.code as ErrorCode) : 'server_error'
    return new ApiRequestError(code, errorWords(answer), status, answer.reason, answer.message)
  }
}

/**
 * Fetches from the API and reads the JSON answer. A network failure or an
 * error answer becomes an ApiRequestError carrying plain words in the
 * person's language for why.
 */
export async function fetchApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, init)
  } catch {
    throw new ApiRequestError('network', text.errors.network, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw ApiRequestError.fromAnswer(body, response.status)
  return body as T
}

/** A JSON request with the board key as a bearer token. */
function request<T>(path: string, init: RequestInit & { key?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  if (init.key) headers.set('Authorization', `Bearer ${init.key}`)
  return fetchApi<T>(path, { ...init, headers })
}

/** "The story so far" (any key); with `since`, what is new since then too. */
export function getStory(boardId: string, key: string, since: number | null = null): Promise<BoardStory> {
  const query = since === null ? '' : `&since=${Math.max(0, Math.floor(since))}`
  return request<BoardStory>(`/api/boards/${encodeURIComponent(boardId)}/story?format=json${query}`, { key })
}

export function createBoard(
  title: string,
  template = 'blank',
  language?: BoardLanguage,
): Promise<CreatedBoard> {
  // The board's times are written in this person's time zone until they choose another.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return request<CreatedBoard>('/api/boards', {
    method: 'POST',
    body: JSON.stringify({
      title,
      template,
      ...(timeZone ? { timeZone } : {}),
      ...(language ? { language } : {}),
    }),
  })
}

export function getBoard(boardId: string, key: string): Promise<BoardSummary> {
  return request<BoardSummary>(`/api/boards/${encodeURIComponent(boardId)}`, { key })
}

export function joinBoard(boardId: string, key: string, profile: JoinRequest): Promise<JoinedBoard> {
  return request<JoinedBoard>(`/api/boards/${encodeURIComponent(boardId)}/participants`, {
    method: 'POST',
    key,
    body: JSON.stringify(profile),
  })
}

/** "Make a new link": a new key for one role (facilitator key only); the old link stops working. */
export function makeNewLink(boardId: string, key: string, role: NewBoardKey['role']): Promise<NewBoardKey> {
  return request<NewBoardKey>(`/api/boards/${encodeURIComponent(boardId)}/keys/${role}`, {
    method: 'POST',
    key,
    body: '{}',
  })
}

export function findBoardByCode(code: string): Promise<JoinCodeTarget> {
  return request<JoinCodeTarget>(`/api/join/${encodeURIComponent(code)}`)
}

/** Sends a facilitation command; the participant token proves who is asking. */
export function sendCommand<C extends Command>(
  boardId: string,
  key: string,
  command: C,
  token?: string | null,
): Promise<CommandAnswer<C['type']>> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/commands`, {
    method: 'POST',
    key,
    body: JSON.stringify(command),
    headers: token ? { 'X-Participant-Token': token } : undefined,
  })
}
