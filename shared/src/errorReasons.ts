import englishClientWords from './i18n/locales/en/client.json' with { type: 'json' }
import type { ErrorCode } from './errors.ts'

/**
 * Why the server refused a request, more exactly than its ErrorCode: a
 * stable name a client switches on to say it in the person's own language
 * (the client catalogue's `errors.reasons.<reason>`), sent beside the code
 * and the English message: `{"error": {code, reason, message, values?}}`.
 *
 * A reason's English words are the catalogue's too, so the message in the
 * answer (for logs and API users) and the words on an English screen are
 * one text. New reasons may be added at any time: a client that does not
 * know one says the generic words for its code.
 */
export const ErrorReason = {
  // Finding a board and opening it
  /** No board has the join code typed (or it is archived). */
  WrongJoinCode: 'wrong_join_code',
  /** What was typed cannot be a join code at all. */
  JoinCodeLooksWrong: 'join_code_looks_wrong',
  /** Joining is closed, so the code or the link lets nobody new in. */
  JoiningClosed: 'joining_closed',
  /** Many join codes tried from one address in a minute. */
  TooManyTries: 'too_many_tries',
  /** Many people joined from one address in a minute. */
  TooManyJoins: 'too_many_joins',
  /** No such board (or it was deleted). */
  BoardNotFound: 'board_not_found',
  /** The request has no key. */
  KeyMissing: 'key_missing',
  /** The key is not (or no longer) one of the board's. */
  WrongKey: 'wrong_key',
  /** A view-only link tried to join. */
  ViewerCannotJoin: 'viewer_cannot_join',
  /** Only the facilitator may do this. */
  OnlyFacilitator: 'only_facilitator',

  // A person's profile
  /** A name that is empty once trimmed. */
  NameMissing: 'name_missing',
  /** A name longer than `values.max` letters. */
  NameTooLong: 'name_too_long',
  /** A name with control characters. */
  NameUnshowable: 'name_unshowable',
  /** An avatar that is not one of WeSee's pictures. */
  UnknownAvatar: 'unknown_avatar',

  // The request itself
  /** The body is not JSON WeSee can read. */
  InvalidJson: 'invalid_json',
  /** A JSON route was sent something that is not JSON. */
  NotJson: 'not_json',
  /** The body is over the size limit. */
  BodyTooLarge: 'body_too_large',
  /** No route at this address. */
  NothingHere: 'nothing_here',
  /** The disk is nearly full, so nothing new can be made. */
  OutOfSpace: 'out_of_space',
  CreationCodeNeeded: 'creation_code_needed',
  TooManyBoards: 'too_many_boards',
  TooManyImports: 'too_many_imports',
  VersionNotFound: 'version_not_found',

  // Votes
  JoinFirstToVote: 'join_first_to_vote',
  NotRecognised: 'not_recognised',
  JoinFirst: 'join_first',
  ViewerCannotVote: 'viewer_cannot_vote',
  ViewerCannotChange: 'viewer_cannot_change',
  OnlyFacilitatorVotesForOthers: 'only_facilitator_votes_for_others',
  ProxyConsentNeeded: 'proxy_consent_needed',
  PersonNotFound: 'person_not_found',
  VoteForUnknownPerson: 'vote_for_unknown_person',
  NoVoteOpen: 'no_vote_open',
  VoteEnded: 'vote_ended',
  NoteNotInVote: 'note_not_in_vote',
  VotesOnOwnDevice: 'votes_on_own_device',
  VoteUsed: 'vote_used',
  VotesUsedUp: 'votes_used_up',
  ProxyVoteUsed: 'proxy_vote_used',
  ProxyVotesUsedUp: 'proxy_votes_used_up',
  AlreadyVotedForNote: 'already_voted_for_note',
  ProxyAlreadyVotedForNote: 'proxy_already_voted_for_note',
  NoVoteToTakeBack: 'no_vote_to_take_back',
  ProxyNoVoteToTakeBack: 'proxy_no_vote_to_take_back',
  VoteAlreadyOpen: 'vote_already_open',
  VoteFrameOrNotes: 'vote_frame_or_notes',
  VoteNeedsSomething: 'vote_needs_something',
  VoteOnlyNotes: 'vote_only_notes',
  FrameGone: 'frame_gone',
  NoNotesToVoteOn: 'no_notes_to_vote_on',
  NoVoteToEnd: 'no_vote_to_end',
  NoVoteToShow: 'no_vote_to_show',
  ResultsShowing: 'results_showing',

  // Writing on one’s own
  PrivateFrameGone: 'private_frame_gone',
  NoWhatDoISeeFrame: 'no_what_do_i_see_frame',
  FrameNotOnBoard: 'frame_not_on_board',
  AlreadyWriting: 'already_writing',
  NobodyWriting: 'nobody_writing',
  NotOnThisBoard: 'not_on_this_board',
  NothingToShareYet: 'nothing_to_share_yet',
  EditingPausedShareLater: 'editing_paused_share_later',
  NoNotesToShare: 'no_notes_to_share',
  NobodyHasWritten: 'nobody_has_written',

  // Hands, turns, rounds and cards
  ChooseWhoseHand: 'choose_whose_hand',
  OwnHandOnly: 'own_hand_only',
  OnlySpeakerEndsTurn: 'only_speaker_ends_turn',
  NobodyHereForRound: 'nobody_here_for_round',
  NoRound: 'no_round',
  PassOnYourTurn: 'pass_on_your_turn',
  CardJustShown: 'card_just_shown',
  CardNotFound: 'card_not_found',

  // The timer
  TimerNeedsLength: 'timer_needs_length',
  TimerRunning: 'timer_running',
  NoTimerToPause: 'no_timer_to_pause',
  TimerPaused: 'timer_paused',
  TimeUp: 'time_up',

  // Agreements, notes and “You said, we did”
  AgreementsFull: 'agreements_full',
  NoteNotFound: 'note_not_found',
  NoteHasNoWords: 'note_has_no_words',
  NoAgreementsToShow: 'no_agreements_to_show',
  YouSaidFull: 'you_said_full',

  // Stages and bringing everyone to a place
  StepNotInStage: 'step_not_in_stage',
  StageNotOnBoard: 'stage_not_on_board',
  StageAlreadyOnBoard: 'stage_already_on_board',
  FollowWhere: 'follow_where',

  // Pictures
  ViewerCannotAddPictures: 'viewer_cannot_add_pictures',
  TooManyPictures: 'too_many_pictures',
  PictureTooBigToSend: 'picture_too_big_to_send',
  ChooseAPicture: 'choose_a_picture',
  NotAPicture: 'not_a_picture',
  DamagedPicture: 'damaged_picture',
  PictureTooManyPixels: 'picture_too_many_pixels',
  PictureNotFound: 'picture_not_found',

  // Requests, downloads and the server itself
  /** Something in the request is not what WeSee takes, and there is no more exact reason (mostly what only a hand-made request sends). */
  RequestNotRight: 'request_not_right',
  /** The server failed; nothing the person did was wrong. */
  SomethingWentWrong: 'something_went_wrong',
  /** Another server of several is taking the board over; nothing was changed, and trying again in a moment works. */
  BoardMoving: 'board_moving',
  /** A command type this server does not know. */
  UnknownCommand: 'unknown_command',
  /** A download asked for in a format it does not come in; `values.formats` lists those it does. */
  UnknownFormat: 'unknown_format',
  /** The story’s `since` is not a whole number of milliseconds. */
  SinceNotATime: 'since_not_a_time',
  /** `/metrics` without the METRICS_TOKEN bearer token. */
  MetricsTokenNeeded: 'metrics_token_needed',
  /** A new link asked for a role that is not facilitator, participant or viewer. */
  UnknownLinkKind: 'unknown_link_kind',

  // Boards, versions, settings and what the server writes
  /** A board’s name that is empty once trimmed. */
  BoardNameMissing: 'board_name_missing',
  /** A template WeSee does not have. */
  UnknownTemplate: 'unknown_template',
  /** A version’s name that is empty once trimmed. */
  VersionNameMissing: 'version_name_missing',
  /** An organisation’s name longer than `values.max` letters. */
  OrganisationTooLong: 'organisation_too_long',
  /** A board’s second language the same as its language. */
  SecondLanguageSame: 'second_language_same',
  /** Private notes could not be put on the board (they stay private). */
  NotesNotPlaced: 'notes_not_placed',
  /** A stage could not be added to the board (nothing was changed). */
  StageNotAdded: 'stage_not_added',

  // Bringing a backup in
  /** A backup file over the import limit (`values.max` MB). */
  BackupTooBig: 'backup_too_big',
  /** A backup file that is not JSON. */
  BackupUnreadable: 'backup_unreadable',
  /** A backup file whose outline is not a WeSee backup’s. */
  BackupNotABoard: 'backup_not_a_board',
  /** A backup file nested deeper than any board. */
  BackupTooDeep: 'backup_too_deep',
  /** A backup file with a list longer than any board’s (`values.max`). */
  BackupTooManyThings: 'backup_too_many_things',
  /** A picture in a backup over this server’s upload limits. */
  BackupPictureTooBig: 'backup_picture_too_big',
  /** A picture in a backup that is broken, not the kind it says, or not the picture its hash names. */
  BackupPictureBroken: 'backup_picture_broken',
  /** A backup that uses a picture it does not hold (and this server does not have). */
  BackupPictureMissing: 'backup_picture_missing',
  /** A record of the board in a backup is not a valid board record (the message says which). */
  BackupBoardBroken: 'backup_board_broken',
  /** A record of version `values.number` in a backup is not valid (the message says which). */
  BackupVersionBroken: 'backup_version_broken',

  // What a facilitator types: updates, votes, timers, rounds, pay and time zones
  /** A “You said, we did” update with no words. */
  YouSaidWordsMissing: 'you_said_words_missing',
  /** A “You said, we did” update longer than `values.max` letters. */
  YouSaidWordsTooLong: 'you_said_words_too_long',
  /** A date that is not written as a day (2026-03-10). */
  DateNotADay: 'date_not_a_day',
  /** A day that is not in the calendar (2026-02-30). */
  DateDoesNotExist: 'date_does_not_exist',
  /** Votes for each person that are not a whole number from 1 to `values.max`. */
  VotesPerPersonOutOfRange: 'votes_per_person_out_of_range',
  /** A vote on more than `values.max` notes. */
  VoteHasTooManyNotes: 'vote_has_too_many_notes',
  /** A timer longer than `values.minutes` minutes. */
  TimerTooLong: 'timer_too_long',
  /** A round’s question longer than `values.max` letters. */
  RoundQuestionTooLong: 'round_question_too_long',
  /** Pay that is not a whole number of pence (or cents) from 0 to 1,000,000. */
  PayNotRight: 'pay_not_right',
  /** A time zone the server does not know. */
  UnknownTimeZone: 'unknown_time_zone',
} as const

export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason]

/**
 * The code (and so the HTTP status) each reason is always sent with, so a
 * client that switches on codes and one that switches on reasons agree.
 * (Written as the codes' values: errors.ts imports this file.)
 */
export const errorReasonCode: Record<ErrorReason, ErrorCode> = {
  wrong_join_code: 'not_found',
  join_code_looks_wrong: 'bad_request',
  joining_closed: 'conflict',
  too_many_tries: 'too_many',
  too_many_joins: 'too_many',
  board_not_found: 'not_found',
  key_missing: 'unauthorized',
  wrong_key: 'unauthorized',
  viewer_cannot_join: 'forbidden',
  only_facilitator: 'forbidden',
  name_missing: 'bad_request',
  name_too_long: 'bad_request',
  name_unshowable: 'bad_request',
  unknown_avatar: 'bad_request',
  invalid_json: 'invalid_json',
  not_json: 'unsupported_media_type',
  body_too_large: 'too_large',
  nothing_here: 'not_found',
  out_of_space: 'out_of_space',
  creation_code_needed: 'unauthorized',
  too_many_boards: 'too_many',
  too_many_imports: 'too_many',
  version_not_found: 'not_found',
  join_first_to_vote: 'unauthorized',
  not_recognised: 'unauthorized',
  join_first: 'unauthorized',
  viewer_cannot_vote: 'forbidden',
  viewer_cannot_change: 'forbidden',
  only_facilitator_votes_for_others: 'forbidden',
  proxy_consent_needed: 'bad_request',
  person_not_found: 'not_found',
  vote_for_unknown_person: 'bad_request',
  no_vote_open: 'conflict',
  vote_ended: 'conflict',
  note_not_in_vote: 'bad_request',
  votes_on_own_device: 'conflict',
  vote_used: 'conflict',
  votes_used_up: 'conflict',
  proxy_vote_used: 'conflict',
  proxy_votes_used_up: 'conflict',
  already_voted_for_note: 'conflict',
  proxy_already_voted_for_note: 'conflict',
  no_vote_to_take_back: 'conflict',
  proxy_no_vote_to_take_back: 'conflict',
  vote_already_open: 'conflict',
  vote_frame_or_notes: 'bad_request',
  vote_needs_something: 'bad_request',
  vote_only_notes: 'bad_request',
  frame_gone: 'conflict',
  no_notes_to_vote_on: 'conflict',
  no_vote_to_end: 'conflict',
  no_vote_to_show: 'conflict',
  results_showing: 'conflict',
  private_frame_gone: 'conflict',
  no_what_do_i_see_frame: 'conflict',
  frame_not_on_board: 'conflict',
  already_writing: 'conflict',
  nobody_writing: 'conflict',
  not_on_this_board: 'conflict',
  nothing_to_share_yet: 'conflict',
  editing_paused_share_later: 'conflict',
  no_notes_to_share: 'conflict',
  nobody_has_written: 'conflict',
  choose_whose_hand: 'bad_request',
  own_hand_only: 'forbidden',
  only_speaker_ends_turn: 'forbidden',
  nobody_here_for_round: 'conflict',
  no_round: 'conflict',
  pass_on_your_turn: 'forbidden',
  card_just_shown: 'too_many',
  card_not_found: 'not_found',
  timer_needs_length: 'bad_request',
  timer_running: 'conflict',
  no_timer_to_pause: 'conflict',
  timer_paused: 'conflict',
  time_up: 'conflict',
  agreements_full: 'conflict',
  note_not_found: 'not_found',
  note_has_no_words: 'conflict',
  no_agreements_to_show: 'conflict',
  you_said_full: 'conflict',
  step_not_in_stage: 'bad_request',
  stage_not_on_board: 'conflict',
  stage_already_on_board: 'conflict',
  follow_where: 'bad_request',
  viewer_cannot_add_pictures: 'forbidden',
  too_many_pictures: 'too_many',
  picture_too_big_to_send: 'too_large',
  choose_a_picture: 'bad_request',
  not_a_picture: 'bad_request',
  damaged_picture: 'bad_request',
  picture_too_many_pixels: 'too_large',
  picture_not_found: 'not_found',
  request_not_right: 'bad_request',
  something_went_wrong: 'server_error',
  board_moving: 'unavailable',
  unknown_command: 'bad_request',
  unknown_format: 'bad_request',
  since_not_a_time: 'bad_request',
  metrics_token_needed: 'unauthorized',
  unknown_link_kind: 'not_found',
  board_name_missing: 'bad_request',
  unknown_template: 'bad_request',
  version_name_missing: 'bad_request',
  organisation_too_long: 'bad_request',
  second_language_same: 'bad_request',
  notes_not_placed: 'server_error',
  stage_not_added: 'server_error',
  backup_too_big: 'too_large',
  backup_unreadable: 'invalid_json',
  backup_not_a_board: 'bad_request',
  backup_too_deep: 'bad_request',
  backup_too_many_things: 'too_large',
  backup_picture_too_big: 'bad_request',
  backup_picture_broken: 'bad_request',
  backup_picture_missing: 'bad_request',
  backup_board_broken: 'bad_request',
  backup_version_broken: 'bad_request',
  you_said_words_missing: 'bad_request',
  you_said_words_too_long: 'bad_request',
  date_not_a_day: 'bad_request',
  date_does_not_exist: 'bad_request',
  votes_per_person_out_of_range: 'bad_request',
  vote_has_too_many_notes: 'bad_request',
  timer_too_long: 'bad_request',
  round_question_too_long: 'bad_request',
  pay_not_right: 'bad_request',
  unknown_time_zone: 'bad_request',
}

/** Every reason, for tests and for checking what arrives. */
export const errorReasons: readonly ErrorReason[] = Object.values(ErrorReason)

/** Whether `value` is a reason this version of WeSee knows. */
export function isErrorReason(value: unknown): value is ErrorReason {
  return (errorReasons as readonly unknown[]).includes(value)
}

/** Values a reason's words fill in (`{{max}}`): numbers and short words only. */
export type ErrorValues = Readonly<Record<string, string | number>>

/** A reason and the values its words need: what a refusal carries besides its code. */
export interface ErrorProblem {
  readonly reason: ErrorReason
  readonly values?: ErrorValues
}

const englishReasons: Record<ErrorReason, string> = englishClientWords.errors.reasons

/**
 * A reason's words in English, its `{{values}}` filled in: the `message` of
 * an error answer. A value the words need but were not given stays as its
 * name in braces, so a missing value shows in a log rather than vanishing.
 */
export function englishErrorMessage(reason: ErrorReason, values: ErrorValues = {}): string {
  return englishReasons[reason].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/** Where a schema's issue keeps the reason its refinement gave (a symbol: no valibot field, never sent). */
const problemKey = Symbol('wesee.errorProblem')

/** A valibot issue as `schemaMessage` leaves it: its reason beside its words. */
interface IssueWithProblem {
  message: string
  [problemKey]?: ErrorProblem
}

/**
 * A schema's message for `reason` (valibot's message option): its English
 * words, and the reason itself, carried on the issue the refinement makes,
 * so `decodeWith` gives back the reason the schema named, never one guessed
 * from the words.
 */
export function schemaMessage(
  reason: ErrorReason,
  values?: ErrorValues,
): (issue: { message: string }) => string {
  const problem: ErrorProblem = values ? { reason, values } : { reason }
  const message = englishErrorMessage(reason, values)
  return (issue) => {
    ;(issue as IssueWithProblem)[problemKey] = problem
    return message
  }
}

/** The reason a schema issue was given by `schemaMessage`, if it was. */
export function problemOfIssue(issue: { message: string }): ErrorProblem | undefined {
  return (issue as IssueWithProblem)[problemKey]
}

/**
 * Reads `values` from an error answer: only string and number entries,
 * each short, so a hostile or broken answer cannot put markup-sized text
 * or objects into the person's message.
 */
export function readErrorValues(value: unknown): ErrorValues | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const values: Record<string, string | number> = {}
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === 'number' && Number.isFinite(entry)) values[name] = entry
    else if (typeof entry === 'string' && entry.length <= 200) values[name] = entry
  }
  return values
}
