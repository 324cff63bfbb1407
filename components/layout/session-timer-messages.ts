export const SESSION_TIMER_MESSAGES = [
  "session.idleWarning",
  "session.absoluteWarning",
  "session.stay",
  "session.signInAgain",
] as const;
export type SessionTimerMessage = (typeof SESSION_TIMER_MESSAGES)[number];
