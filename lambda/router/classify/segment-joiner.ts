/**
 * What joins the texts of one request (messages, tool arguments…) into the document the detectors
 * scan: a record separator between line breaks. It is neither a digit-run separator nor part of a
 * word, so no identifier spans two messages, while a context word in one message still reaches a
 * value at the start of the next.
 */
export const SEGMENT_JOINER = '\n\u001e\n';

/** The record separator itself (U+001E), for scanners that stop at a message boundary. */
export const SEGMENT_SEPARATOR_CODE = 0x1e;
