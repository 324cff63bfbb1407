import { BLOCK_COUNT, BLOCK_LENGTH, isValidBlockValue, RECOVERY_PASSWORD_DIGITS } from "./password";

/** What people type for a digit they cannot read on a printout or in handwriting. */
export const UNKNOWN_DIGIT = "?";
/** Up to 100 combinations per block: still instant, and the candidate list stays short (≤ 10). */
export const MAX_UNKNOWN_DIGITS_PER_BLOCK = 2;

export type BlockStatus = "valid" | "invalid" | "incomplete" | "repaired" | "ambiguous" | "unrepairable";

export type CheckedBlock = {
  /** 0-based position of the block in the key. */
  index: number;
  /** Digits and `?` as typed, without separators; shorter than 6 while incomplete. */
  text: string;
  status: BlockStatus;
  /** The only valid 6-digit value the unknown digits allow (status "repaired"). */
  repaired?: string;
  /** Every valid value the unknown digits allow (status "ambiguous"), ascending. */
  candidates?: string[];
};

export type CheckResult = {
  /** Always 8 entries, so a form can show one field per block from the first keystroke. */
  blocks: CheckedBlock[];
  /** All 48 positions are filled (digits or `?`). */
  complete: boolean;
  /** All 8 blocks were typed in full, without `?`, and pass their checksum. */
  allValid: boolean;
  /** The dashed key when every block is valid or uniquely repaired and the input was clean. */
  formatted: string | null;
  /** Something other than digits, `?`, dashes and whitespace was typed (and ignored). */
  invalidCharacters: boolean;
  /** More than 48 positions were typed; only the first 48 are checked. */
  tooLong: boolean;
};

const REPAIRABLE_PATTERN = /^[0-9?]{6}$/;
const SEPARATOR_PATTERN = /[\s-]/;
const QUESTION_MARK = UNKNOWN_DIGIT.charCodeAt(0);
const ZERO = "0".charCodeAt(0);

/**
 * All valid blocks that a 6-character block with unknown digits (`?`) could have been.
 *
 * With one `?` there is at most one answer. Two values that differ only in the digit at place
 * 10^p differ by k·10^p with k in 1..9. 11 is prime and divides neither k (< 11) nor 10^p
 * (coprime to 11), so it never divides that difference: at most one digit makes the block a
 * multiple of 11. The same argument is why a single mistyped digit is always caught.
 */
export function repairBlock(block: string): string[] {
  if (!REPAIRABLE_PATTERN.test(block)) return [];
  const unknownPlaces: number[] = [];
  let knownValue = 0;
  for (let i = 0; i < BLOCK_LENGTH; i++) {
    const place = 10 ** (BLOCK_LENGTH - 1 - i);
    const code = block.charCodeAt(i);
    if (code === QUESTION_MARK) unknownPlaces.push(place);
    else knownValue += (code - ZERO) * place;
  }
  if (unknownPlaces.length > MAX_UNKNOWN_DIGITS_PER_BLOCK) return [];

  const fits: string[] = [];
  const combinations = 10 ** unknownPlaces.length;
  for (let combination = 0; combination < combinations; combination++) {
    let value = knownValue;
    let rest = combination;
    for (const place of unknownPlaces) {
      value += (rest % 10) * place;
      rest = Math.floor(rest / 10);
    }
    if (isValidBlockValue(value)) fits.push(String(value).padStart(BLOCK_LENGTH, "0"));
  }
  return fits.sort();
}

function checkBlock(index: number, text: string): CheckedBlock {
  if (text.length < BLOCK_LENGTH) return { index, text, status: "incomplete" };
  const unknownCount = text.split(UNKNOWN_DIGIT).length - 1;
  if (unknownCount > MAX_UNKNOWN_DIGITS_PER_BLOCK) return { index, text, status: "unrepairable" };

  const fits = repairBlock(text);
  if (unknownCount === 0) return { index, text, status: fits.length === 1 ? "valid" : "invalid" };
  const [only] = fits;
  if (fits.length === 1 && only !== undefined) return { index, text, status: "repaired", repaired: only };
  if (fits.length > 1) return { index, text, status: "ambiguous", candidates: fits };
  return { index, text, status: "unrepairable" };
}

/**
 * Checks a key as someone copies it from paper, block by block. Blocks are cut every 6
 * positions, as the lockout screen does, so what this shows matches what Windows will accept.
 */
export function checkRecoveryPasswordInput(input: string): CheckResult {
  let positions = "";
  let invalidCharacters = false;
  for (const char of input) {
    if ((char >= "0" && char <= "9") || char === UNKNOWN_DIGIT) positions += char;
    else if (!SEPARATOR_PATTERN.test(char)) invalidCharacters = true;
  }
  const tooLong = positions.length > RECOVERY_PASSWORD_DIGITS;

  const blocks = Array.from({ length: BLOCK_COUNT }, (_, index) =>
    checkBlock(index, positions.slice(index * BLOCK_LENGTH, (index + 1) * BLOCK_LENGTH)),
  );
  const complete = blocks.every((block) => block.text.length === BLOCK_LENGTH);
  const allValid = blocks.every((block) => block.status === "valid");
  // A stray letter or an extra digit means some position is uncertain: ask for a fix first.
  const usable =
    !tooLong && !invalidCharacters && blocks.every((block) => block.status === "valid" || block.status === "repaired");
  const formatted = usable ? blocks.map((block) => block.repaired ?? block.text).join("-") : null;

  return { blocks, complete, allValid, formatted, invalidCharacters, tooLong };
}
