/**
 * The drawing from the keyboard, as one tab stop: the arrow keys move the
 * selection to the nearest mark in that direction, typing a name jumps to it,
 * Enter opens it, Escape clears it; + and - zoom and 0 fits the view.
 */
import type { GraphNode } from './model.ts';
import { nearestTo, step, typeAhead } from './navigation.ts';
import type { GraphState } from './state.ts';
import { screenX, screenY } from './view.ts';
import type { ZoomPan } from './zoom-pan.ts';

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function keyboard(state: GraphState, canvas: HTMLCanvasElement, zoom: ZoomPan, select: (n: GraphNode | undefined) => void): void {
  const typed = typeAhead(() => state.scene.nodes);
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const next = state.selected
        ? step(state.scene.nodes, state.selected, arrow[0], arrow[1])
        : nearestTo(state.scene.nodes, (n) => [screenX(state.transform, n), screenY(state.transform, n)], state.width / 2, state.height / 2);
      if (next) select(next);
      return;
    }
    const typing = typed.typing(performance.now());
    if (event.key === 'Enter') {
      if (state.selected) {
        event.preventDefault();
        location.href = state.selected.href;
      }
    } else if (event.key === 'Escape') {
      if (state.selected) event.preventDefault();
      typed.reset();
      select(undefined);
    } else if (!typing && (event.key === '+' || event.key === '=')) {
      event.preventDefault();
      zoom.view.call(zoom.zoomer.scaleBy, 1.4);
    } else if (!typing && event.key === '-') {
      event.preventDefault();
      zoom.view.call(zoom.zoomer.scaleBy, 1 / 1.4);
    } else if (!typing && event.key === '0') {
      event.preventDefault();
      zoom.fit();
    } else if (event.key.length === 1 && (typing || event.key !== ' ')) {
      event.preventDefault();
      const match = typed.key(event.key, performance.now());
      if (match) select(match);
    }
  });
}
