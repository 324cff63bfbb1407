/**
 * Template ids of the Microsoft Entra built-in roles whose holders may read any BitLocker key of
 * their tenant with a delegated token ("Get bitlockerRecoveryKey", permissions). They are the
 * same in every tenant and are what the id token's optional `wids` claim carries.
 */
export const BITLOCKER_READER_ROLE_IDS: readonly string[] = [
  "7698a772-787b-4ac8-901f-60d6b08affd2", // Cloud Device Administrator
  "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
  "3a2c62db-5318-420d-8d74-23affee5d9d5", // Intune Administrator
  "194ae4cb-b126-40b2-bd5b-6091b380977d", // Security Administrator
  "5d6b6bb7-de71-4623-b4af-96380a352509", // Security Reader
  "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
  "62e90394-69f5-4237-9190-012177145e10", // Global Administrator
];

/** Whether the sign-in's roles include one that lets Graph hand this person any key. */
export function holdsKeyReaderRole(wids: readonly string[] | undefined): boolean {
  return (wids ?? []).some((id) => BITLOCKER_READER_ROLE_IDS.includes(id.toLowerCase()));
}
