export interface HighlightPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The server's highlight (HTML-escaped text with the matched words in <em>…</em>) as plain parts,
 * so it renders as text and <mark> elements without ever setting HTML.
 */
export function highlightParts(highlighted: string | null | undefined): HighlightPart[] {
  if (!highlighted) return [];
  const parts: HighlightPart[] = [];
  let hit = false;
  for (const piece of highlighted.split(/(<\/?em>)/)) {
    if (piece === '<em>') hit = true;
    else if (piece === '</em>') hit = false;
    else if (piece) parts.push({ text: decode(piece), hit });
  }
  return parts;
}
