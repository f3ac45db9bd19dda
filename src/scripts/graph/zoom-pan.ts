/**
 * Zoom and pan with d3-zoom: drag pans, the wheel zooms only when the drawing
 * has focus (or with Ctrl) so it never traps the page's scrolling, pinch
 * zooms. A drag moves the picture kept with a margin rather than redrawing.
 */
import { select, type Selection } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import type { RenderLoop } from './render-loop.ts';
import type { GraphState } from './state.ts';
import { fitView } from './view.ts';

export interface ZoomPan {
  view: Selection<HTMLCanvasElement, unknown, null, undefined>;
  zoomer: ZoomBehavior<HTMLCanvasElement, unknown>;
  /** Frames every node, shown or hidden: the same frame whatever the filters. */
  fit(): void;
}

export function zoomPan(state: GraphState, canvas: HTMLCanvasElement, loop: RenderLoop): ZoomPan {
  const { panned } = loop;
  const zoomer: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.1, 12])
    .filter((event: Event & { ctrlKey?: boolean; button?: number }) =>
      event.type === 'wheel' ? document.activeElement === canvas || event.ctrlKey === true : !event.ctrlKey && !event.button,
    )
    .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      // A drag by pointer or touch, not a wheel turn or a programmatic move.
      const type = (event.sourceEvent as Event | null)?.type;
      if (type !== 'mousedown' && type !== 'pointerdown' && type !== 'touchstart') return;
      state.dragging = true;
      panned.cancelSoon();
      // The picture moves with the pointer: nothing is under it to hover.
      state.hovered = undefined;
      canvas.style.cursor = '';
      if (!panned.fits(state.transform)) panned.keep();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      state.transform = event.transform;
      loop.requestDraw('view');
    })
    .on('end', () => {
      // The view, for scripts and tests that place the pointer on a mark; set once a gesture ends,
      // since changing an attribute restyles the page.
      canvas.dataset.transform = `${state.transform.x} ${state.transform.y} ${state.transform.k}`;
      if (!state.dragging) return;
      state.dragging = false;
      // Within the margin the screen already shows the drawing; re-centre its margin later.
      if (panned.fits(state.transform)) panned.keepSoon();
      else loop.requestDraw();
    });
  const view = select(canvas);
  view.call(zoomer).on('dblclick.zoom', null);

  function fit(): void {
    const fitted = state.scene.nodes.length > 0 ? fitView(state.nodes, state.width, state.height) : null;
    if (fitted) view.call(zoomer.transform, zoomIdentity.translate(fitted.x, fitted.y).scale(fitted.k));
  }
  return { view, zoomer, fit };
}
