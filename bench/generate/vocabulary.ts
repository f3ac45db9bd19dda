/**
 * The synthetic corpus's words: the seeds' own vocabulary (most frequent
 * first) extended with invented words to a large vocabulary, plus the terms
 * of art, surnames and journals the papers cite and are published in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { int, pick, type Random } from './random.ts';

export const TERMS_OF_ART = [
  'reshoring', 'global value chain', 'global value chains', 'GVC', 'GVCs', 'digital slicing', 'pan-securitization',
  'near-shoring', 'comparative advantage', 'tripartite convergence of goods, services, and data', 'friend-shoring',
  'supply chain resilience', 'deglobalization', 'smart factories', 'digital value chains', 'offshoring',
  'industrial policy', 'value-added trade', 'regional value content', 'rules of origin',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'pha', 'qui', 'sen', 'tor', 'ul', 'bra', 'ces', 'dri', 'gan', 'hol', 'ix', 'jum', 'ner'];
const SUFFIXES = ['ation', 'ity', 'ism', 'ment', 'ness', 'al', 'ive', 'ing', 'ed', 'ous', 'ic', 'er'];

/** Words of the seed pages, most frequent first. */
function seedWords(sources: string): string[] {
  const counts = new Map<string, number>();
  for (const name of readdirSync(sources).filter((n) => n.endsWith('.txt'))) {
    for (const w of readFileSync(join(sources, name), 'utf8').toLowerCase().match(/\b[a-z]{2,}\b/g) ?? []) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

export function vocabulary(random: Random, sources: string, size = 20000): string[] {
  const words = seedWords(sources);
  const seen = new Set(words);
  while (words.length < size) {
    let w = '';
    for (let i = int(random, 1, 3); i > 0; i--) w += pick(random, SYLLABLES);
    w += pick(random, SUFFIXES);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

const SURNAME_ROOTS = ['Calat', 'Ger', 'Korz', 'Frey', 'Osb', 'Bald', 'Krug', 'Amit', 'Fajg', 'Pier', 'Liu', 'Wang', 'Kuang', 'Schm', 'Mill', 'Gonz', 'Okaf', 'Chen', 'Ev', 'Fritz'];
const SURNAME_ENDS = ['ayud', 'effi', 'eniewicz', 'man', 'orne', 'win', 'ti', 'elbaum', 'ce', 'son', 'er', 'idt', 'ez', 'or', 'ing', 'ett', 'berg', 'ova', 'ski', 'ani'];

export function surname(random: Random): string {
  return pick(random, SURNAME_ROOTS) + pick(random, SURNAME_ENDS);
}

export const GIVEN = ['Anna', 'Peter', 'Maria', 'John', 'Li', 'Wei', 'Sofia', 'Omar', 'Ingrid', 'Tomas', 'Aiko', 'Ravi'];
export const JOURNALS = [
  'THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE',
  'JOURNAL OF TRADE STUDIES',
  'REVIEW OF DEVELOPMENT ECONOMICS',
  'INTERNATIONAL JOURNAL OF SUPPLY CHAIN POLICY',
  'ASIAN ECONOMIC PAPERS',
];
export const PUBLISHERS = ['Azerbaijan State University of Economics', 'Meridian Academic Press', 'Institute of Asian Economic Studies'];
