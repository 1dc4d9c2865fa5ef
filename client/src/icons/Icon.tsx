import type { ReactNode } from 'react'
import './icon.css'

/**
 * WeSee's own icons, drawn here as SVG in the text's colour, so no icon
 * depends on the fonts a device happens to have (an emoji shown as an empty
 * box on a computer without an emoji font). Always beside words that say
 * the same thing, so each icon is hidden from screen readers.
 */
const shapes = {
  check: <polyline points="4,12.5 9.5,18 20,6.5" />,
  star: <polygon points="12,2.8 14.8,9 21.5,9.4 16.3,13.8 18,20.6 12,16.8 6,20.6 7.7,13.8 2.5,9.4 9.2,9" />,
  lock: (
    <>
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </>
  ),
  unlock: (
    <>
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 7.7-1.5" />
    </>
  ),
  speaker: (
    <>
      <polygon points="3.5,9 7.5,9 12.5,4.5 12.5,19.5 7.5,15 3.5,15" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
    </>
  ),
  list: <path d="M8 6.5h12M8 12h12M8 17.5h12M4 6.5h.01M4 12h.01M4 17.5h.01" />,
  picture: (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <circle cx="9" cy="10" r="1.8" />
      <polyline points="3.5,18 10,12.5 14,16 16.5,13.5 20.5,17.5" />
    </>
  ),
  more: <path d="M5 12h.01M12 12h.01M19 12h.01" />,
  eye: (
    <>
      <path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z" />
      <circle cx="12" cy="12" r="2.8" />
    </>
  ),
  pause: <path d="M9 5v14M15 5v14" />,
  hand: (
    <path d="M8 12V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4a1.5 1.5 0 0 1 3 0v7M14 10.5V5.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-.5a6 6 0 0 1-4.6-2.2L3 14.5a1.6 1.6 0 0 1 2.4-2.1L8 15" />
  ),
  previous: <polygon points="16.5,5 6.5,12 16.5,19" />,
  next: <polygon points="7.5,5 17.5,12 7.5,19" />,
  open: <polygon points="5,8 19,8 12,17" />,
  closed: <polygon points="9,5 17,12 9,19" />,
  dot: <circle cx="12" cy="12" r="6" />,
  ring: <circle cx="12" cy="12" r="6" />,
  waiting: <circle cx="12" cy="12" r="6.5" strokeDasharray="3 3" />,
  stopped: <rect x="6" y="6" width="12" height="12" rx="1" />,
} satisfies Record<string, ReactNode>

export type IconName = keyof typeof shapes

/** Filled shapes; the rest are lines. */
const filled = new Set<IconName>(['star', 'previous', 'next', 'open', 'closed', 'dot', 'stopped'])

export function Icon({ name, className }: { name: IconName; className?: string }) {
  const fill = filled.has(name)
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={fill ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={fill ? 1 : 2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      data-icon={name}
    >
      {shapes[name]}
    </svg>
  )
}
