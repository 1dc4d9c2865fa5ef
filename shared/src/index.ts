export {
  CloseCode,
  closeCodeTable,
  closeCodeName,
  isWeSeeCloseCode,
  shouldRetryAfterClose,
  type CloseCodeName,
} from './closeCodes.ts'
export {
  defaultPresenceColour,
  presenceRoleNames,
  unknownPersonName,
  type PresenceIdentity,
} from './presence.ts'
export {
  ErrorCode,
  errorCodeName,
  errorStatus,
  isApiErrorBody,
  readApiError,
  type ApiErrorBody,
  type ErrorCodeName,
  type ReceivedApiError,
} from './errors.ts'
export {
  ErrorReason,
  errorReasons,
  isErrorReason,
  englishErrorMessage,
  errorReasonCode,
  schemaMessage,
  readErrorValues,
  type ErrorProblem,
  type ErrorValues,
} from './errorReasons.ts'

export { Role, roles } from './roles.ts'
export { defaultLimits, type Limits } from './limits.ts'
export {
  RefusalCode,
  WeSeeMessageType,
  encodeRefusalMessage,
  decodeRefusalMessage,
  type Refusal,
  type RefusalMessage,
} from './refusals.ts'
export { formatDocName, parseDocName, isWellFormedId, type DocName } from './docNames.ts'
export { joinCodeAlphabet, joinCodeLength, normalizeJoinCode, displayJoinCode } from './joinCode.ts'
export {
  recordsArrayName,
  metaMapName,
  schemaMetaKey,
  firstPageId,
  boardSchema,
  serializedBoardSchema,
  createBaseRecords,
  migrateStoredRecord,
  validateRecord,
  type MigrateRecordResult,
} from './boardDoc.ts'
export {
  boardLink,
  projectorLink,
  type BoardKeys,
  type BoardLinks,
  type SharedBoardKeys,
  type SharedBoardLinks,
  type NewBoardKey,
  type CreateBoardRequest,
  type CreatedBoard,
  type BoardSummary,
  type JoinedBoard,
  type JoinCodeTarget,
} from './api.ts'
export { templateIds, isTemplateId, type TemplateId } from './templateIds.ts'
export { createBoardRequestSchema, decodeWith, type CreateBoardInput, type Decoded } from './requests.ts'
export type { TLRecord } from '@tldraw/tlschema'
export type { SerializedSchema } from '@tldraw/store'
export { creditedName, nameForRecords, neutralName } from './credit/nameForRecords.ts'
export { peopleWhoTookPart } from './credit/peopleWhoTookPart.ts'
export { avatars, avatarsIn, avatarNameIn, findAvatar, pictureUrl, type Avatar } from './avatars.ts'
export {
  pictureGroups,
  pictureGroupsIn,
  findLibraryPicture,
  PictureGroupId,
  type LibraryPicture,
  type PictureGroup,
} from './pictures/pictureLibrary.ts'
export { searchPictures } from './pictures/searchPictures.ts'
export { openMojiAttribution } from './pictures/openMojiAttribution.ts'
export {
  acceptedImageTypes,
  assetUrl,
  isAssetHash,
  type AcceptedImageType,
  type UploadedAsset,
} from './assets.ts'
export {
  controlStateMapName,
  participantsMapName,
  initialControlSections,
  readControlSnapshot,
  readControlSection,
  displayName,
  type JoiningState,
  type LockState,
  type ToolsState,
  type StageState,
  type LanguagesState,
  type FollowState,
  type SummonState,
  type Viewport,
  type ParticipantProfile,
  type ControlSections,
  type ControlSnapshot,
} from './controlDoc.ts'
export { checkJsonShape, type JsonShapeLimits, type JsonShapeProblem } from './jsonShape.ts'
export {
  controlSectionSchemas,
  decodeControlSection,
  isControlSectionName,
  type ControlSectionName,
} from './controlSectionSchemas.ts'
export { commandSchema, type Command, type CommandType, type CommandOf } from './commands/index.ts'
export type { CommandAnswer, CommandResults } from './commands/commandResults.ts'
export { joinRequestSchema, maxNameLength, type JoinRequest } from './commands/profileFields.ts'
export {
  stageIds,
  stageStepIds,
  stepIds,
  isStageId,
  isStepOf,
  stepFrameId,
  type StageId,
  type StepId,
  type StepIdOf,
} from './templates/stageIds.ts'
export type { Picture, StageDefinition, StepDefinition } from './templates/StageDefinition.ts'
export {
  stageDefinitions,
  stages,
  stagesIn,
  templatesIn,
  cardLabels,
  findStage,
  findStep,
  templates,
  templateStages,
  type Stage,
  type StageStep,
  type TemplateInfo,
} from './templates/index.ts'
export {
  buildTemplateRecords,
  buildStageRecords,
  buildExtraFrameRecords,
  stageWidth,
  pictureAssetId,
  pictureAsset,
  templateLayout,
  type Point,
  type StagePlacement,
} from './templates/buildTemplateRecords.ts'
export { indexKeysAbove, type IndexKey } from './templates/indexKeys.ts'
export { forLater, forLaterIn, forLaterFrameId, type ExtraFrameDefinition } from './templates/forLater.ts'
export { boardCatalogues, boardT, intlLocale, listOfNames, type BoardT } from './i18n/boardWords.ts'
export {
  storyPictures,
  type BoardStory,
  type StoryAgreement,
  type StoryCard,
  type StoryForLater,
  type StoryNewNotes,
  type StorySince,
  type StorySmallTry,
  type StoryStep,
  type StoryVote,
  type StoryVoteResult,
} from './revisit/story.ts'
export { viewportSchema, shapeIdSchema } from './commands/followCommands.ts'
export {
  pictureNoteShapeType,
  pictureNoteShapeProps,
  pictureNoteShapeMigrations,
  pictureNoteSize,
  maxPictureNameLength,
  isPictureNoteSrc,
  pictureNoteWords,
  type PictureNoteShape,
  type PictureNoteShapeProps,
  type PictureNotePicture,
} from './shapes/pictureNote.ts'
export {
  maxVotesPerPerson,
  defaultVotesPerPerson,
  maxVoteNotes,
  maxKeptVoteResults,
  type VoteResultsMode,
  type VoterCount,
  type VoteNoteResult,
  type VoteTally,
  type VoteState,
  type PastVote,
  type MyVotes,
} from './voting/VoteState.ts'
export { rankVotes, topNotes, type Ballot } from './voting/rankVotes.ts'
export {
  maxTimerSeconds,
  timerPresetSeconds,
  timerRemainingMs,
  formatTimeLeft,
  type TimerState,
} from './timer/TimerState.ts'
export {
  sessionGapMs,
  type ParticipationSession,
  type ParticipantParticipation,
  type ParticipationRecord,
} from './revisit/participation.ts'
export {
  VersionTrigger,
  VersionKeptReason,
  versionTriggers,
  isVersionTrigger,
  maxVersionNameLength,
  saveVersionRequestSchema,
  type VersionInfo,
  type VersionKept,
  type VersionList,
  type BoardStorage,
  type VersionPreview,
  type RestoredVersion,
  type VersionRestoredState,
} from './revisit/versions.ts'
export {
  plainTextOf,
  isShapeRecord,
  isNoteShape,
  noteShapeTypes,
  shapeText,
  shapePictureNames,
  shapeAuthorId,
  shapeCreatedAt,
  type ShapeLike,
} from './revisit/shapeText.ts'
export {
  privateWritingSection,
  defaultPrivateFrameId,
  defaultRevealFrameId,
  revealFrameFor,
  readPrivateWriting,
  privatePreferencesMapName,
  shareWithoutNameKey,
  waitingToShareKey,
  isPrivateNoteType,
  anonymousColumnTitle,
  anonymousColumnPicture,
  type PrivateWritingState,
  type PrivateWritingCounts,
  type PrivateShareEvent,
  type RevealLayout,
  type SharedNoteMeta,
} from './privateWriting/privateWritingState.ts'
export {
  revealColumnLayout,
  layoutRevealColumns,
  sharedNoteRecord,
  sharedNoteSize,
  type LooseShape,
  type ColumnNote,
  type RevealColumn,
  type RevealFrame,
  type PlacedColumns,
} from './privateWriting/revealColumns.ts'
export {
  backupFormat,
  backupFormatVersion,
  boardBackupSchema,
  maxBackupRecords,
  maxBackupVersions,
  backupShapeLimits,
  importSectionPolicy,
  type BoardBackup,
  type BackupControl,
  type BackupVersion,
  type BackupImage,
} from './revisit/backup.ts'
export {
  updateBoardRequestSchema,
  duplicateBoardRequestSchema,
  type UpdatedBoard,
} from './revisit/boardManagement.ts'
export { noteShape, defaultNoteProps } from './shapes/noteShape.ts'
export {
  isNoteOrPicture,
  authorOf,
  standingOf,
  moveFields,
  noteAndPictureShapeTypes,
  type ShapeStanding,
  type OwnedRecordLike,
} from './ownership/shapeStanding.ts'
export {
  judgeChange,
  mayChangeShape,
  onlyMoved,
  sameRecord,
  type ChangeActor,
  type ChangeJudgement,
  type JudgedRecord,
} from './ownership/judgeChange.ts'
export { isOwnAddress, foreignAddressIn } from './ownership/ownAddresses.ts'
export { ownershipWords } from './ownership/ownershipWords.ts'
export {
  everyoneCardKinds,
  facilitatorCardKinds,
  cardKinds,
  cardShownForMs,
  cardEveryMs,
  maxAgreements,
  helpRequestsMapName,
  maxHelpRequests,
  type RaisedHand,
  type HandsState,
  type TurnState,
  type RoundState,
  type EveryoneCardKind,
  type FacilitatorCardKind,
  type CardKind,
  type HeldUpCard,
  type CardsState,
  type Agreement,
  type AgreementsState,
  type HelpRequest,
  type StoryOnScreenState,
} from './voices/voicesState.ts'
export {
  boardLanguages,
  boardLanguageNames,
  boardLanguageDirection,
  sourceLanguage,
  isBoardLanguage,
  boardLanguageSchema,
  boardLanguageFromAcceptLanguage,
  type BoardLanguage,
} from './i18n/boardLanguage.ts'
export {
  currencies,
  defaultBoardSettings,
  maxPayPence,
  isTimeZone,
  timeZoneSchema,
  boardSettingsSchema,
  type BoardSettings,
  type Currency,
} from './revisit/boardSettings.ts'
export {
  amountForSession,
  personRef,
  formatMoney,
  type PaymentRecord,
  type PaymentPerson,
  type PaymentSession,
} from './revisit/payments.ts'
export {
  youSaidStatuses,
  maxYouSaidUpdates,
  maxYouSaidWords,
  youSaidUpdateCommand,
  youSaidRemoveCommand,
  type YouSaidStatus,
  type YouSaidUpdate,
  type YouSaidState,
  type YouSaidPage,
} from './revisit/youSaidWeDid.ts'
export { tldrawTranslations } from './i18n/tldrawTranslations.ts'
export { dateTimeFormat, numberFormat, intlWritesDatesIn, type DateFormatter } from './i18n/dateTimeFormat.ts'
export { createI18n, type CreateI18nOptions, type I18n } from './i18n/createI18n.ts'
export {
  languages,
  namespaces,
  offeredLanguages,
  findLanguage,
  intlLocaleFor,
  TranslationStatus,
  type Language,
  type LanguageDirection,
  type Namespace,
} from './i18n/languages.ts'
export { default as englishClientWords } from './i18n/locales/en/client.json' with { type: 'json' }
