import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeGlossary } from '../../src/build/glossary-merge.ts';
import type { Concept } from '../../src/model/schema.ts';

const entry = (id: string, data: Partial<Concept>) => ({ id, data: { aliases: [], related: [], ...data } as Concept });

test('curated entries win over found ones by slug or by any shared term or alias; muted ones hide and are hidden', () => {
  const curated = [
    entry('reshoring', { term: 'Reshoring', aliases: ['back-shoring'], definition: 'Moving production back home.' }),
    entry('greenwashing', { term: 'greenwashing', muted: true }),
  ];
  const found = [
    entry('reshoring', { term: 'reshoring', definition: 'a quote that defines it', found: true }),
    entry('backshoring', { term: 'Backshoring', definition: 'a quote that defines it', found: true }),
    entry('greenwashing', { term: 'Greenwashing', definition: 'a quote that defines it', found: true }),
    entry('greenium', { term: 'greenium', definition: 'a quote that defines it', found: true }),
  ];
  const shown = mergeGlossary(curated, found);
  assert.deepEqual(shown.map((e) => [e.id, e.data.found ?? false]), [['reshoring', false], ['greenium', true]]);
});
