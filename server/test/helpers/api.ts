import { isApiErrorBody, type ApiErrorBody, type CreatedBoard } from '@wesee/shared'
import { expect } from 'vitest'

export interface JsonResponse {
  status: number
  headers: Headers
  body: unknown
}

/** Sends a request and reads the JSON answer (null when the body is not JSON). */
export async function requestJson(
  url: string,
  init: {
    method?: string
    body?: unknown
    rawBody?: string
    key?: string
    headers?: Record<string, string>
  } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.key !== undefined) headers.authorization = `Bearer ${init.key}`
  let body: string | undefined = init.rawBody
  if (init.body !== undefined) body = JSON.stringify(init.body)
  if (body !== undefined) headers['content-type'] ??= 'application/json'
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: the assertion that follows says so.
  }
  return { status: response.status, headers: response.headers, body: json }
}

/** Asserts the exact status and error code, and the `{error: {code, message}}` shape. */
export function expectApiError(response: JsonResponse, status: number, code: string): ApiErrorBody {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(isApiErrorBody(response.body), `error body: ${JSON.stringify(response.body)}`).toBe(true)
  const body = response.body as ApiErrorBody
  expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(0)
  return body
}

/** Creates a board over HTTP and returns the 201 body. */
export async function createBoardOver(
  baseUrl: string,
  title = 'Test board',
  options: { key?: string; template?: string } = {},
): Promise<CreatedBoard> {
  const response = await requestJson(`${baseUrl}/api/boards`, {
    body: { title, ...(options.template ? { template: options.template } : {}) },
    key: options.key,
  })
  if (response.status !== 201) {
    throw new Error(`Creating a board failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body as CreatedBoard
}
