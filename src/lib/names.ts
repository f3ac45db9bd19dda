/**
 * Names as a reader expects to see them: "Li Ting" and "Zhang Lijuan" in
 * their own order, "Peter Okafor" given name first.
 */
import { isFamilyFirst } from '../shared/names.ts';
import type { CslName } from '../model/schema.ts';

export function displayName(name: CslName): string {
  if (!name.given) return name.family;
  return isFamilyFirst(name.family, name.given) ? `${name.family} ${name.given}` : `${name.given} ${name.family}`;
}

export function displayNames(names: readonly CslName[]): string {
  const shown = names.map(displayName);
  if (shown.length <= 2) return shown.join(' and ');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
