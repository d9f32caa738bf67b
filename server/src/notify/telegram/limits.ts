/** Telegram's limits, in UTF-16 code units as JavaScript counts them. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
