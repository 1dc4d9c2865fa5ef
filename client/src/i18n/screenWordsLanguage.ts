import { useMemo } from 'react'
import {
  avatarsIn,
  isBoardLanguage,
  pictureGroupsIn,
  sourceLanguage,
  stagesIn,
  templatesIn,
  type Avatar,
  type BoardLanguage,
  type PictureGroup,
  type Stage,
  type TemplateInfo,
} from '@wesee/shared'
import { useChosenLanguage } from './chosenLanguage.ts'

/**
 * The templates' and stages' names, the picture library's groups and the
 * avatars' names live in the `board` catalogue, because the server writes them
 * onto boards too. In a picker they are shown in the person's own language,
 * like every other word on their screen: this is that language, as one the
 * `board` catalogue has (English for any it does not).
 *
 * Only what the person reads comes from here. What a template or a stage
 * writes ON the board (its frames, prompts and starter notes) is written by
 * the server, in the board's language, whoever chose it.
 */
export function screenWordsLanguage(code: string): BoardLanguage {
  return isBoardLanguage(code) ? code : sourceLanguage
}

/** The words a picker shows, in the person's chosen language; read afresh when they choose another. */
export interface ScreenWords {
  readonly templates: readonly TemplateInfo[]
  readonly stages: readonly Stage[]
  readonly pictureGroups: readonly PictureGroup[]
  readonly avatars: readonly Avatar[]
}

export function screenWordsIn(code: string): ScreenWords {
  const language = screenWordsLanguage(code)
  return {
    templates: templatesIn(language),
    stages: stagesIn(language),
    pictureGroups: pictureGroupsIn(language),
    avatars: avatarsIn(language),
  }
}

export function useScreenWords(): ScreenWords {
  const { code } = useChosenLanguage()
  return useMemo(() => screenWordsIn(code), [code])
}
