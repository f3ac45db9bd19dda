/**
 * While a drag pans the drawing, the picture only moves: it is drawn with a
 * margin and then shifted, so panning keeps the frame rate however many
 * marks there are. The margin picture is made ahead, while the reader is
 * idle, so a drag starts without a pause; a drag that stays within the
 * margin ends on the shifted picture, with nothing to redraw. A drag beyond
 * the margin shows blank edges until it ends.
 */
import type { View } from './view.ts';

export const PAN_MARGIN = 400;
/** After a change, how long the drawing must stay the same before its margin picture is made. */
const KEEP_AFTER_MS = 250;

export interface PanImage {
  /** Draws the margin picture now, for the view as it is. */
  keep(): void;
  /** Keeps the margin picture once the drawing has stayed the same for a moment and the page is idle. */
  keepSoon(): void;
  /** Cancels a keepSoon not yet done. */
  cancelSoon(): void;
  /** Forgets the picture (the drawing changed). */
  drop(): void;
  /** Whether the picture can show `view`: same scale, moved less than the margin. */
  fits(view: View): boolean;
  /** The scale the picture was drawn at, if there is one. */
  scale(): number | undefined;
  /** Shows the part of the picture in `view` on screen; false when there is no picture at this scale. */
  shift(view: View): boolean;
}

/**
 * `draw(ctx, pad)` draws the whole graph, without hover, `pad` CSS pixels
 * beyond each edge; `view()` and `size()` are the view and the canvas's CSS
 * size now; `ready()` says whether a picture may be made (not mid-drag, canvas laid out).
 */
export function panImage(
  canvas: HTMLCanvasElement,
  onScreen: CanvasRenderingContext2D,
  options: { draw: (ctx: CanvasRenderingContext2D, pad: number) => void; view: () => View; size: () => { width: number; height: number }; ready: () => boolean },
): PanImage {
  let kept: { image: HTMLCanvasElement; x: number; y: number; k: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fits = (view: View) => kept !== undefined && kept.k === view.k && Math.abs(view.x - kept.x) <= PAN_MARGIN && Math.abs(view.y - kept.y) <= PAN_MARGIN;
  const keep = () => {
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = options.size();
    const image = document.createElement('canvas');
    image.width = Math.round((width + 2 * PAN_MARGIN) * dpr);
    image.height = Math.round((height + 2 * PAN_MARGIN) * dpr);
    const target = image.getContext('2d');
    if (!target) return;
    options.draw(target, PAN_MARGIN);
    const { x, y, k } = options.view();
    kept = { image, x, y, k };
  };
  return {
    keep,
    keepSoon: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const make = () => {
          if (options.ready()) keep();
        };
        if ('requestIdleCallback' in window) requestIdleCallback(make, { timeout: 1000 });
        else make();
      }, KEEP_AFTER_MS);
    },
    cancelSoon: () => clearTimeout(timer),
    drop: () => {
      kept = undefined;
    },
    fits,
    scale: () => kept?.k,
    shift: (view) => {
      if (!kept || kept.k !== view.k) return false;
      const dpr = window.devicePixelRatio || 1;
      onScreen.setTransform(1, 0, 0, 1, 0, 0);
      onScreen.clearRect(0, 0, canvas.width, canvas.height);
      // Copy only the part of the kept picture that is in view: a frame then
      // costs the canvas's pixels, not the margin's too.
      const sx = Math.round((PAN_MARGIN - (view.x - kept.x)) * dpr);
      const sy = Math.round((PAN_MARGIN - (view.y - kept.y)) * dpr);
      const x0 = Math.max(0, sx);
      const y0 = Math.max(0, sy);
      const x1 = Math.min(kept.image.width, sx + canvas.width);
      const y1 = Math.min(kept.image.height, sy + canvas.height);
      if (x1 > x0 && y1 > y0) onScreen.drawImage(kept.image, x0, y0, x1 - x0, y1 - y0, x0 - sx, y0 - sy, x1 - x0, y1 - y0);
      return true;
    },
  };
}
