import type { CreatedBoard, JoinedBoard, TemplateId } from '@wesee/shared'
import type { JsonResponse } from '../helpers/api.ts'
import {
  connectControl,
  createBoardFrom,
  joinAs,
  sendCommand,
  type ControlClient,
} from '../helpers/stageCommands.ts'
import { connectClient, type SyncClient } from '../helpers/syncClient.ts'
import type { TestServer } from '../helpers/testServer.ts'

/** A person in the room: joined, and here (their board socket is open). */
export interface Person extends JoinedBoard {
  name: string
  board: SyncClient
}

export interface Room {
  board: CreatedBoard
  control: ControlClient
  /** Joins someone as a participant and opens their board socket, so they are here. */
  arrive(name: string): Promise<Person>
  /** Closes their socket: they have left. */
  leave(person: Person): Promise<void>
  /** A command from a participant (their key and token). */
  as(person: Person, command: Record<string, unknown>): Promise<JsonResponse>
  /** A command from the facilitator's key, without joining. */
  facilitator(command: Record<string, unknown>): Promise<JsonResponse>
  /** A command with the view-only key. */
  viewer(command: Record<string, unknown>): Promise<JsonResponse>
}

/** A board from a template, with a control-doc reader, and people who come and go. */
export async function roomOf(server: TestServer, template: TemplateId = 'exploration'): Promise<Room> {
  const board = await createBoardFrom(server, template)
  const control = await connectControl(server, board, board.keys.viewer)
  const isHere = (id: string, here: boolean) =>
    control.waitUntil(
      (snapshot) => snapshot.participants.find((person) => person.id === id)?.present === here,
      `${id} ${here ? 'here' : 'gone'}`,
    )
  return {
    board,
    control,
    async arrive(name) {
      const joined = await joinAs(server, board, board.keys.participant, name)
      const socket = connectClient(server.syncUrl, board.id, board.keys.participant, { token: joined.token })
      await socket.waitSynced()
      await isHere(joined.participantId, true)
      return { ...joined, name, board: socket }
    },
    async leave(person) {
      person.board.destroy()
      await isHere(person.participantId, false)
    },
    as: (person, command) => sendCommand(server, board, board.keys.participant, command, person.token),
    facilitator: (command) => sendCommand(server, board, board.keys.facilitator, command),
    viewer: (command) => sendCommand(server, board, board.keys.viewer, command),
  }
}
