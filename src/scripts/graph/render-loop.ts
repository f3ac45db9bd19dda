/**
 * When the drawing is redrawn. Many events can come in one frame (a pan, a
 * wheel); the drawing follows once per frame. A move of the view alone shifts
 * the picture kept for panning when it can; a hover draws on screen and keeps
 * it; anything else (selection, filters, theme) draws afresh.
 */
import { drawFrame } from './draw.ts';
import type { GraphNode } from './model.ts';
import { panImage } from './pan-image.ts';
import type { GraphState } from './state.ts';

export type Change = 'view' | 'hover' | 'all';
const RANK: Record<Change, number> = { view: 0, hover: 1, all: 2 };

export interface RenderLoop {
  requestDraw(change?: Change): void;
  /** The drawing afresh on screen, now; its margin picture follows when the reader pauses. */
  drawAfresh(): void;
  /** The picture kept for panning (see pan-image.ts). */
  readonly panned: ReturnType<typeof panImage>;
}

export function renderLoop(state: GraphState, canvas: HTMLCanvasElement, onScreen: CanvasRenderingContext2D): RenderLoop {
  const frame = (pad: number, hover: GraphNode | undefined) => ({
    scene: state.scene,
    view: state.transform,
    width: state.width,
    height: state.height,
    pad,
    dpr: window.devicePixelRatio || 1,
    palette: state.palette,
    heaviest: state.heaviest,
    selected: state.selected,
    hovered: hover,
  });
  const draw = () => {
    const labels = drawFrame(onScreen, frame(0, state.hovered));
    // How many marks of each kind the drawing names, as data-visible-nodes says how many it shows.
    const kinds = new Map<string, number>();
    for (const l of labels) kinds.set(l.node.kind, (kinds.get(l.node.kind) ?? 0) + 1);
    canvas.dataset.labelled = [...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ');
  };
  // The picture kept for panning has no hover: a drag drops it, and a hover
  // that comes and goes then leaves the picture good for the next drag.
  const panned = panImage(canvas, onScreen, {
    draw: (ctx, pad) => drawFrame(ctx, frame(pad, undefined)),
    view: () => state.transform,
    size: () => ({ width: state.width, height: state.height }),
    ready: () => !state.dragging && state.width > 0,
  });

  function drawAfresh(): void {
    panned.drop();
    draw();
    panned.keepSoon();
  }

  let drawPending = false;
  let changed: Change = 'all';
  function requestDraw(change: Change = 'all'): void {
    if (RANK[change] > RANK[changed]) changed = change;
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(() => {
      drawPending = false;
      const change = changed;
      changed = 'view';
      // The kept picture has no hover: with one showing, the view is drawn.
      if (change === 'view' && !state.hovered && panned.fits(state.transform) && panned.shift(state.transform)) return;
      if (change === 'hover' && panned.scale() === state.transform.k) draw();
      else drawAfresh();
    });
  }
  return { requestDraw, drawAfresh, panned };
}
