/**
 * The drawing under the pointer: hovering a mark highlights it and its
 * neighbours, clicking it opens its page. d3-zoom swallows the click that
 * ends a pan, so a click that arrives here is a click.
 */
import type { RenderLoop } from './render-loop.ts';
import type { GraphState } from './state.ts';
import { nodeAt } from './view.ts';

export function pointer(state: GraphState, canvas: HTMLCanvasElement, loop: RenderLoop): void {
  const local = (event: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  canvas.addEventListener('pointermove', (event) => {
    // No hover while a drag pans: asking where the canvas is would force the
    // page's layout (its tables are large) on every move.
    if (state.dragging) return;
    const n = nodeAt(state.transform, state.scene.nodes, ...local(event));
    canvas.style.cursor = n ? 'pointer' : '';
    if (n !== state.hovered) {
      state.hovered = n;
      loop.requestDraw('hover');
    }
  });
  canvas.addEventListener('pointerleave', () => {
    if (state.hovered) {
      state.hovered = undefined;
      loop.requestDraw('hover');
    }
  });
  canvas.addEventListener('click', (event) => {
    const n = nodeAt(state.transform, state.scene.nodes, ...local(event));
    if (n) location.href = n.href;
  });
}
