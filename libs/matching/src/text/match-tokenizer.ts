import { Injectable } from '@nestjs/common';
import { Segmenter } from '@techbridge/search';

import { STOP_WORDS } from './stop-words';

const CJK = /[\u3400-\u9fff]/;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}+#.-]*$/u;

/**
 * Chinese and English tokens for matching. `tokens` is the plain segmentation (what a search
 * engine sees and what keywords are picked from); `features` adds the sub-words of long
 * compounds (全固态 → 固态) so near-synonymous compounds still overlap in the text vectors.
 */
@Injectable()
export class MatchTokenizer {
  /** The search segmenter's jieba and dictionary: keywords picked here are cut the same way by the engine. */
  constructor(private readonly segmenter: Segmenter = new Segmenter()) {}

  tokens(text: string): string[] {
    return this.clean(this.segmenter.words(text, 'precise'));
  }

  features(text: string): string[] {
    return this.clean(this.segmenter.words(text, 'search'));
  }

  private clean(raw: string[]): string[] {
    const out: string[] = [];
    for (const piece of raw) {
      const token = piece
        .trim()
        .toLowerCase()
        .replace(/^[-.]+|[-.]+$/g, '');
      if (!token || !WORD.test(token)) continue;
      if (STOP_WORDS.has(token)) continue;
      if (CJK.test(token) ? [...token].length < 2 : token.length < 2 && !/\d/.test(token)) continue;
      if (/^\d+(\.\d+)?$/.test(token)) continue;
      out.push(token);
    }
    return out;
  }
}
