/** A plain-text mail body cut into text and http(s) links, so the links can be followed. */
export type Piece = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

export function linkify(body: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    // Sentence punctuation after a link is not part of it.
    const href = match[0].replace(/[.,;:!?)\]。，；：！？）]+$/u, '');
    const start = match.index;
    if (start > last) pieces.push({ kind: 'text', text: body.slice(last, start) });
    pieces.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < body.length) pieces.push({ kind: 'text', text: body.slice(last) });
  return pieces;
}
