/**
 * The drawing on /graph/: the collection graph laid out at build time
 * (/graph.json), drawn on a canvas at the screen's pixel density. This file
 * wires the parts in graph/ (state, render loop, zoom and pan, keyboard,
 * pointer, filters) to the page. Drag pans,
 * the wheel (with the drawing focused, or with Ctrl) and pinch zoom; hovering
 * or selecting a mark highlights its neighbours, clicking it opens its page.
 * From the keyboard the canvas is one stop: the arrow keys move the selection
 * to the nearest mark in that direction, typing a name jumps to it, Enter
 * opens it. The filters hide kinds of node and links under a weight. Without
 * this script the page shows the same data as tables.
 */
import { filters } from './graph/filters.ts';
import { keyboard } from './graph/keyboard.ts';
import type { GraphEdge, GraphNode } from './graph/model.ts';
import { describe } from './graph/navigation.ts';
import { readPalette } from './graph/palette.ts';
import { pointer } from './graph/pointer.ts';
import { renderLoop } from './graph/render-loop.ts';
import { filterScene } from './graph/scene.ts';
import { graphState } from './graph/state.ts';
import { screenX, screenY } from './graph/view.ts';
import { zoomPan } from './graph/zoom-pan.ts';

/** What the browser tests read: the view transform and the selection. */
export interface FolioGraphHandle {
  transform(): { x: number; y: number; k: number };
  /** A node's position in CSS pixels from the canvas's top-left corner. */
  screenOf(id: string): { x: number; y: number } | undefined;
  selected(): string | undefined;
  visibleNodes(): number;
}

declare global {
  interface Window {
    __folioGraph?: FolioGraphHandle;
  }
}

export async function startGraph(): Promise<void> {
  const found = {
    stage: document.getElementById('graph-stage'),
    canvas: document.getElementById('graph-canvas'),
    status: document.getElementById('graph-status'),
    form: document.getElementById('graph-filters'),
    minWeight: document.getElementById('graph-min-weight'),
  };
  if (!found.stage || !found.status || !(found.canvas instanceof HTMLCanvasElement) || !(found.form instanceof HTMLFormElement) || !(found.minWeight instanceof HTMLInputElement)) return;
  const [stage, canvas, status, form, minWeightInput]: [HTMLElement, HTMLCanvasElement, HTMLElement, HTMLFormElement, HTMLInputElement] = [found.stage, found.canvas, found.status, found.form, found.minWeight];
  const onScreen = canvas.getContext('2d');
  if (!onScreen) return;

  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let data: { nodes: GraphNode[]; edges: GraphEdge[] };
  try {
    const response = await fetch(`${base}graph.json`);
    if (!response.ok) throw new Error(`${response.status}`);
    data = await response.json();
  } catch {
    // The tables stay; the drawing stays hidden.
    return;
  }
  stage.hidden = false;

  const state = graphState(data, readPalette(stage));
  const loop = renderLoop(state, canvas, onScreen);
  const zoom = zoomPan(state, canvas, loop);

  function select(n: GraphNode | undefined): void {
    state.selected = n;
    if (n) {
      canvas.dataset.selected = n.id;
      status.textContent = `${describe(n, state.scene.neighbours.get(n.id) ?? new Set(), state.byId)} Enter opens its page.`;
      const x = screenX(state.transform, n);
      const y = screenY(state.transform, n);
      if (x < 24 || y < 24 || x > state.width - 24 || y > state.height - 24) zoom.view.call(zoom.zoomer.translateTo, n.x, n.y);
    } else {
      delete canvas.dataset.selected;
      status.textContent = '';
    }
    loop.requestDraw();
  }

  function applyFilters(): void {
    state.scene = filterScene(state.nodes, state.edges, state.shownKinds, state.minWeight);
    if (state.selected && !state.shownKinds.has(state.selected.kind)) select(undefined);
    if (state.hovered && !state.shownKinds.has(state.hovered.kind)) state.hovered = undefined;
    canvas.dataset.visibleNodes = String(state.scene.nodes.length);
    canvas.dataset.visibleEdges = String(state.scene.edges.length);
    loop.requestDraw();
  }

  let fitted = false;
  function resize(): void {
    const box = canvas.getBoundingClientRect();
    state.width = box.width;
    state.height = box.height;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(state.width * dpr);
    canvas.height = Math.round(state.height * dpr);
    if (!fitted && state.width > 0) {
      fitted = true;
      zoom.fit();
      canvas.dataset.ready = 'true';
    }
    // Resizing the canvas cleared it: redraw now, not a frame later.
    loop.drawAfresh();
  }
  new ResizeObserver(resize).observe(canvas);
  // src/scripts/theme.ts announces a change of theme, chosen or the system's.
  document.addEventListener('folio:themechange', () => {
    state.palette = readPalette(stage);
    loop.requestDraw();
  });
  // A change of pixel density (moving the window to another screen, zooming the page) redraws sharply.
  const watchDensity = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
      'change',
      () => {
        resize();
        watchDensity();
      },
      { once: true },
    );
  };
  watchDensity();

  keyboard(state, canvas, zoom, select);
  pointer(state, canvas, loop);
  filters(state, form, minWeightInput, status, applyFilters);

  window.__folioGraph = {
    transform: () => ({ x: state.transform.x, y: state.transform.y, k: state.transform.k }),
    screenOf: (id) => {
      const n = state.byId.get(id);
      return n && { x: screenX(state.transform, n), y: screenY(state.transform, n) };
    },
    selected: () => state.selected?.id,
    visibleNodes: () => state.scene.nodes.length,
  };
}
