import { highlightParts } from './highlight';

/** Text with the search's matched words marked; falls back to the plain text. */
export function Highlighted({ html, text }: { html?: string | null; text: string }) {
  const parts = highlightParts(html);
  if (parts.length === 0) return <>{text}</>;
  return <>{parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
