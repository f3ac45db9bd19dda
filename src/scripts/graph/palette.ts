/** The drawing's colours, from the theme's --graph-* properties (read again when the theme changes). */
import { interpolateRgb } from 'd3-interpolate';
import type { NodeKind } from './model.ts';

/** Shades of link colour by weight: few enough to draw each in one batch. */
export const EDGE_SHADES = 6;

export interface Palette {
  node: Record<NodeKind, string>;
  /** Behind labels and around marks: the page's background. */
  halo: string;
  text: string;
  /** Link colours from the lightest links to the heaviest (EDGE_SHADES of them). */
  edgeByWeight: string[];
  /** Links away from the focus. */
  edgeDimmed: string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const halo = colour('--graph-halo', '#fdfcf8');
  // Link colour over the page, from faint (light links) to full (the heaviest).
  const over = interpolateRgb(halo, colour('--graph-edge', '#8a8577'));
  return {
    node: { paper: colour('--graph-paper', '#0b5394'), concept: colour('--graph-concept', '#9a3c00'), reference: colour('--graph-reference', '#5b2a86') },
    halo,
    text: colour('--text', '#1c1c1c'),
    edgeByWeight: Array.from({ length: EDGE_SHADES }, (_, i) => over(0.4 + (0.6 * i) / (EDGE_SHADES - 1))),
    edgeDimmed: over(0.12),
  };
}
