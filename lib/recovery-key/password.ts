/**
 * The 48-digit BitLocker recovery password: 8 blocks of 6 digits. Each block is a 16-bit word
 * multiplied by 11, so every block carries its own checksum.
 */
export const BLOCK_COUNT = 8;
export const BLOCK_LENGTH = 6;
export const BLOCK_MULTIPLIER = 11;
/** 65536 × 11: the first value a block can no longer hold. */
export const BLOCK_LIMIT = 65536 * BLOCK_MULTIPLIER;
export const RECOVERY_PASSWORD_DIGITS = BLOCK_COUNT * BLOCK_LENGTH;

const BLOCK_PATTERN = /^[0-9]{6}$/;
const DIGITS_PATTERN = /^[0-9]{48}$/;

/** Numeric form of a block whose characters are already known to be ASCII digits. */
export const isValidBlockValue = (value: number): boolean =>
  Number.isInteger(value) && value >= 0 && value < BLOCK_LIMIT && value % BLOCK_MULTIPLIER === 0;

export function isValidBlock(block: string): boolean {
  return BLOCK_PATTERN.test(block) && isValidBlockValue(Number(block));
}

/** The 8 blocks of a 48-digit key typed with dashes, spaces or neither; null if not 48 digits. */
export function splitRecoveryPassword(key: string): string[] | null {
  const digits = key.replace(/[\s-]/g, "");
  if (!DIGITS_PATTERN.test(digits)) return null;
  const blocks: string[] = [];
  for (let start = 0; start < digits.length; start += BLOCK_LENGTH) {
    blocks.push(digits.slice(start, start + BLOCK_LENGTH));
  }
  return blocks;
}

export function isValidRecoveryPassword(key: string): boolean {
  const blocks = splitRecoveryPassword(key);
  return blocks !== null && blocks.every(isValidBlock);
}

/**
 * The dashed form the lockout screen and `manage-bde` expect. Null when any block fails its
 * checksum: showing a neatly formatted wrong key would only make it look trustworthy.
 */
export function formatRecoveryPassword(key: string): string | null {
  const blocks = splitRecoveryPassword(key);
  if (blocks === null || !blocks.every(isValidBlock)) return null;
  return blocks.join("-");
}

/** Screen readers read "123456" as a number; spaced digits are read one by one. */
export function spokenDigits(block: string): string {
  return Array.from(block.replace(/\s/g, "")).join(" ");
}
