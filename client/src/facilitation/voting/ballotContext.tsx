import { createContext, useContext, type ReactNode } from 'react'
import { useBoardSession } from '../BoardSession.ts'
import { useMyBallot, type MyBallot } from './useMyBallot.ts'

const BallotContext = createContext<MyBallot | null>(null)

/**
 * My ballot for the current vote, once per board page, so the vote panel,
 * the Vote button along the bottom and the list view all show the same
 * votes left.
 */
export function BallotProvider({ children }: { children: ReactNode }) {
  const { control } = useBoardSession()
  const ballot = useMyBallot(control?.vote ?? null)
  return <BallotContext.Provider value={ballot}>{children}</BallotContext.Provider>
}

export function useBallot(): MyBallot {
  const ballot = useContext(BallotContext)
  if (!ballot) throw new Error('useBallot needs a BallotProvider')
  return ballot
}
