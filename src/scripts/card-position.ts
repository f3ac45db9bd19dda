/**
 * Where a card stands, worked out by Floating UI: beside its link (below it
 * by default), flipped to the other side when that side has more room (a
 * link near the window's bottom edge gets its card above it), shifted along
 * to stay clear of the window's sides, and never larger than the room left:
 * its content scrolls instead, so that on a phone a card fits the screen and
 * its link can be reached. It follows the link while the page scrolls or the
 * window changes size, until the returned function is called.
 */
import { autoUpdate, computePosition, flip, inline, offset, type Placement, shift, size } from '@floating-ui/dom';

/** Pixels kept free between a card and the window's edges. */
const EDGE = 8;

export interface CardPlacement {
  placement: Placement;
  /** Where to go instead when the preferred side has no room (else its opposite). */
  fallbackPlacements?: Placement[];
}

export function follow(link: HTMLElement, card: HTMLElement, where: CardPlacement, placed: () => void): () => void {
  let first = true;
  return autoUpdate(link, card, () => {
    // Flip weighs the card at its natural height, not the room it was given last time.
    card.style.maxHeight = '';
    card.style.maxWidth = '';
    void computePosition(link, card, {
      placement: where.placement,
      middleware: [
        offset(6),
        // A link broken over two lines: beside the line the pointer is on, not the box around both.
        inline(),
        flip({ padding: EDGE, ...(where.fallbackPlacements ? { fallbackPlacements: where.fallbackPlacements } : {}) }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight, elements }) {
            elements.floating.style.maxWidth = `${Math.max(0, availableWidth)}px`;
            elements.floating.style.maxHeight = `${Math.max(0, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
      if (first) {
        first = false;
        placed();
      }
    });
  });
}
