import type { ReactElement } from 'react';

/** The drawing of each category icon (16×16), by the icon names the domain's CATEGORIES use. */
const ICONS: Readonly<Record<string, ReactElement>> = {
  // Triage: not yet looked at.
  'status-neutral': <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2" />,
  // To do: waiting to be started.
  'status-waiting': <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />,
  // In progress: half done.
  'status-running': (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 4a4 4 0 0 1 0 8z" fill="currentColor" />
    </>
  ),
  // Done: a tick.
  'status-success': (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="m4.8 8.2 2.2 2.2 4.2-4.6" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  // Canceled: a cross.
  'status-cancelled': (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="m5.5 5.5 5 5m0-5-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
};

export const STATUS_ICON_NAMES = Object.keys(ICONS);

export interface StatusIconProps {
  /** A category icon name, e.g. `status-running`; an unknown one is drawn as a plain circle. */
  icon: string;
  color?: string;
}

/** A category's icon, decorative (the badge around it says the status in words). */
export function StatusIcon({ icon, color }: StatusIconProps) {
  return (
    <svg className="tk-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" data-icon={icon} style={color ? { color } : undefined}>
      {ICONS[icon] ?? ICONS['status-waiting']}
    </svg>
  );
}
