import { createRequire } from 'node:module';
import { LaoError } from '@lao/schemas';
import { ITA_VOCABULARY } from './ita-vocabulary.js';

/** The part of thai-wordcut 0.7.7 (a CommonJS singleton) that we use. */
type WordcutModule = {
  init(dictPath?: string, withDefault?: boolean, additionalWords?: string[]): void;
  cutIntoRanges(text: string, noText?: boolean): Array<{ s: number; e: number; text?: string }>;
  acceptors: { creators: unknown[] };
};

export type LoadedDictionary = {
  wordcut: WordcutModule;
  /** Every word wordcut knows: its bundled tdict-*.txt lists plus ITA_VOCABULARY. */
  words: ReadonlySet<string>;
  maxWordLength: number;
};

let loaded: LoadedDictionary | null = null;

function isWordcut(m: unknown): m is WordcutModule {
  const o = m as Partial<WordcutModule> | null;
  return typeof o?.init === 'function' && typeof o.cutIntoRanges === 'function';
}

/**
 * The only I/O in this package: thai-wordcut reads its bundled dictionary files (about 24K words,
 * ~70 ms) the first time a segmenting function is called. Afterwards everything is in memory.
 */
export function loadDictionary(): LoadedDictionary {
  if (loaded) return loaded;
  try {
    const wordcut: unknown = createRequire(import.meta.url)('thai-wordcut');
    if (!isWordcut(wordcut)) throw new Error('thai-wordcut does not expose init/cutIntoRanges');
    wordcut.init(undefined, true, [...ITA_VOCABULARY]);
    // init() builds one sorted word array inside its dictionary acceptor; reuse it rather than
    // reading the files a second time.
    const dict = wordcut.acceptors.creators.find(
      (c): c is { dict: string[] } => Array.isArray((c as { dict?: unknown } | null)?.dict),
    );
    if (!dict || dict.dict.length < 1000) throw new Error('thai-wordcut dictionary did not load');
    const words = new Set(dict.dict.map((w) => w.normalize('NFC')));
    let maxWordLength = 0;
    for (const w of words) maxWordLength = Math.max(maxWordLength, w.length);
    loaded = { wordcut, words, maxWordLength };
    return loaded;
  } catch (err) {
    throw new LaoError('INTERNAL', `cannot load the Thai word list: ${(err as Error).message}`, { cause: err });
  }
}
