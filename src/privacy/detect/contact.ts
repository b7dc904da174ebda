// E-mail addresses (also "novak (zavináč) email.cz") and profile links or handles.
import { type Finding, regexFindings } from "./types.js";

// The lookbehinds make every match start at the start of a run, so a long run
// without "@" is scanned once, not once per position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,5}\.\p{L}{2,}/gu;
const EMAIL_SPOKEN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}(?:[ ]{0,2}[(\[{][ ]?(?:zavináč|zavinac|zavinač|at|собака|равлик)[ ]?[)\]}][ ]{0,2}|[ ]{1,2}(?:zavináč|zavinac|zavinač|собака)[ ]{1,2})[\p{L}\p{N}-]{1,63}(?:[ ]?(?:\.|\(tečka\)|\[dot\]|\(dot\))[ ]?[\p{L}\p{N}-]{1,63}){1,4}/gu;

const PROFILE_URL =
  /(?<![\p{L}\p{N}.])(?:https?:\/\/)?(?:www\.|m\.|mobile\.|web\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|tiktok\.com|twitter\.com|x\.com|t\.me|telegram\.me|linkedin\.com|vk\.com|ok\.ru|youtube\.com|wa\.me|threads\.net|snapchat\.com)\/[^\s,;)\]"'<>]+/giu;
// @handle, not the middle of an e-mail; at least 3 characters.
const HANDLE = /(?<![\p{L}\p{N}._%+@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{1,40}[\p{L}\p{N}_])/gu;

export function detectContacts(text: string): Finding[] {
  return [
    ...regexFindings(text, EMAIL, "email"),
    ...regexFindings(text, EMAIL_SPOKEN, "email"),
    ...regexFindings(text, PROFILE_URL, "profile"),
    ...regexFindings(text, HANDLE, "profile"),
  ];
}
