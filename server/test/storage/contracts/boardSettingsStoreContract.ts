import { defaultBoardSettings, type BoardSettings } from '@wesee/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { BoardSettingsStore } from '../../../src/storage/BoardSettingsStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** A settings store under test, a way to make boards, and to put a row in by hand (as an old server or a hand edit would). */
export interface BoardSettingsStoreUnderTest extends StoreUnderTest<BoardSettingsStore> {
  addBoard(id: string): Promise<void>
  writeRawSettings(boardId: string, text: string): Promise<void>
}

/**
 * What every BoardSettingsStore must do, written once and run against each
 * engine (SQLite and PostgreSQL): the defaults until the facilitator saves,
 * then exactly what was saved, and never a broken row handed on.
 */
export function describeBoardSettingsStoreContract(
  engine: string,
  makeStore: () => Promise<BoardSettingsStoreUnderTest>,
): void {
  describe(`BoardSettingsStore contract: ${engine}`, () => {
    let subject: BoardSettingsStoreUnderTest
    let settings: BoardSettingsStore

    beforeEach(async () => {
      subject = await makeStore()
      settings = subject.store
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    const welsh: BoardSettings = {
      language: 'cy',
      secondLanguage: 'en',
      organisation: 'Cymdeithas “Bysiau” & O’Brien’s',
      timeZone: 'Europe/London',
      currency: 'GBP',
      payPerHour: 1_250,
      minimumPerSession: 2_500,
    }

    test('a board nobody has set anything for has the defaults, and so does a board that does not exist', async () => {
      expect(await settings.boardSettings('board-a')).toEqual(defaultBoardSettings)
      expect(await settings.boardSettings('no-such-board')).toEqual(defaultBoardSettings)
    })

    test('saved settings come back as saved, and saving again replaces them', async () => {
      await settings.saveBoardSettings('board-a', welsh)
      expect(await settings.boardSettings('board-a')).toEqual(welsh)
      const euros: BoardSettings = { ...defaultBoardSettings, currency: 'EUR', timeZone: 'Europe/Dublin' }
      await settings.saveBoardSettings('board-a', euros)
      expect(await settings.boardSettings('board-a')).toEqual(euros)
    })

    test("one board's settings are never another's", async () => {
      await settings.saveBoardSettings('board-a', welsh)
      expect(await settings.boardSettings('board-b')).toEqual(defaultBoardSettings)
    })

    test('settings for a board that does not exist are refused', async () => {
      await expect(settings.saveBoardSettings('no-such-board', welsh)).rejects.toThrow()
      expect(await settings.boardSettings('no-such-board')).toEqual(defaultBoardSettings)
    })

    test('a stored row that is not JSON, or not settings, reads as the defaults', async () => {
      await subject.writeRawSettings('board-a', '{not json')
      expect(await settings.boardSettings('board-a')).toEqual(defaultBoardSettings)
      await subject.writeRawSettings('board-b', JSON.stringify({ ...welsh, timeZone: 'Mars/Olympus' }))
      expect(await settings.boardSettings('board-b')).toEqual(defaultBoardSettings)
    })

    test('a row stored before boards had languages reads as English', async () => {
      const { language: _language, secondLanguage: _second, ...older } = welsh
      await subject.writeRawSettings('board-a', JSON.stringify(older))
      expect(await settings.boardSettings('board-a')).toEqual({
        ...welsh,
        language: 'en',
        secondLanguage: null,
      })
    })
  })
}
