/**
 * The radius a node is drawn with, in layout units: grows with its weight, up
 * to a cap (in a large collection a concept used a thousand times would
 * otherwise cover the drawing, and slow the collision force). Shared by the
 * build's layout and the browser's drawing, so it imports nothing.
 */
export function nodeRadius(weight: number): number {
  return Math.min(28, 4 + 2 * Math.sqrt(weight));
}
