import { react, type Editor, type TLInstancePresence } from 'tldraw'

/**
 * Keeps this person's view on the facilitator's while "Follow me" is on,
 * with tldraw's own follow mode (it reads the leader's camera from their
 * presence on Yjs awareness). Someone who pans or zooms away is left to look
 * around on their own until `rejoin()`; if the leader's presence drops (a
 * reload, a wifi blip), following starts again when it comes back.
 */
export class LeaderFollower {
  /** False once the person has moved away on purpose. */
  private wanted = true
  private wasFollowing = false
  private disposed = false
  /** The leader presence we last tried to follow, so a failed try is not repeated in a loop. */
  private lastTried: TLInstancePresence | null = null
  private readonly stopReacting: () => void

  constructor(
    private readonly editor: Editor,
    readonly leaderId: string,
  ) {
    this.stopReacting = react('follow the facilitator', () => this.check())
  }

  /** True while this view is following the leader. */
  isFollowing(): boolean {
    return this.editor.getInstanceState().followingUserId === this.leaderId
  }

  /** True when the leader's presence is here to follow. */
  leaderIsHere(): boolean {
    return this.editor.getCollaborators().some((c) => c.userId === this.leaderId)
  }

  /** Follows the leader again ("Back to the group", a stage change, "Bring everyone here"). */
  rejoin(): void {
    this.wanted = true
    this.lastTried = null
    this.check()
  }

  dispose(): void {
    this.disposed = true
    this.stopReacting()
    if (this.isFollowing()) this.editor.stopFollowingUser()
  }

  private check(): void {
    const leader = this.editor.getCollaborators().find((c) => c.userId === this.leaderId)
    if (this.isFollowing()) {
      this.wasFollowing = true
      return
    }
    if (this.wasFollowing) {
      this.wasFollowing = false
      // Following stopped. With the leader still here, the person moved away
      // on purpose; without, the leader went and we wait for them.
      if (leader) this.wanted = false
    }
    if (this.wanted && leader?.camera && leader.screenBounds && leader !== this.lastTried) {
      this.lastTried = leader
      // Started from inside a reaction, tldraw's follow mode stops itself at
      // once; start it just after instead.
      queueMicrotask(() => {
        if (!this.disposed && this.wanted && !this.isFollowing())
          this.editor.startFollowingUser(this.leaderId)
      })
    }
  }
}
