import { useCallback, useState } from 'react'
import type { Command } from '@wesee/shared'
import { ApiRequestError, sendCommand } from '../api/apiClient.ts'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'

/** Sends commands as this person, with a plain-words problem when one is refused. */
export function useCommand() {
  const { boardId, boardKey, token } = useBoardSession()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const send = useCallback(
    async <C extends Command>(command: C) => {
      setBusy(true)
      setProblem(null)
      try {
        return await sendCommand(boardId, boardKey, command, token)
      } catch (error) {
        setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
        return null
      } finally {
        setBusy(false)
      }
    },
    [boardId, boardKey, token],
  )
  return { send, problem, busy }
}
