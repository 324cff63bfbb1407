/** Microsoft pages KeyDesk sends people to. */
export const PERSONAL_RECOVERY_URL = "https://account.microsoft.com/devices/recoverykey";
export const RECOVERY_FAQ_URL = "https://aka.ms/recoverykeyfaq";
