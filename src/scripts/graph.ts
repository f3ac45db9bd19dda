/**
 * The drawing on /graph/: the collection graph laid out at build time
 * (/graph.json), drawn on a canvas at the screen's pixel density. Drag pans,
 * the wheel (with the drawing focused, or with Ctrl) and pinch zoom; hovering
 * or selecting a mark highlights its neighbours, clicking it opens its page.
 * From the keyboard the canvas is one stop: the arrow keys move the selection
 * to the nearest mark in that direction, typing a name jumps to it, Enter
 * opens it. The filters hide kinds of node and links under a weight. Without
 * this script the page shows the same data as tables.
 */
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { drawFrame } from './graph/draw.ts';
import type { GraphEdge, GraphNode, NodeKind } from './graph/model.ts';
import { describe, nearestTo, step, typeAhead } from './graph/navigation.ts';
import { readPalette } from './graph/palette.ts';
import { panImage } from './graph/pan-image.ts';
import { filterScene, resolveEdges, type Scene, weightFloor } from './graph/scene.ts';
import { fitView, nodeAt, screenX, screenY } from './graph/view.ts';

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

/** Links drawn at first at most: a larger collection starts with its light links hidden. */
const EDGE_BUDGET = 4000;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

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
  const found2d = canvas.getContext('2d');
  if (!found2d) return;
  const onScreen: CanvasRenderingContext2D = found2d;

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

  const nodes = data.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = resolveEdges(nodes, data.edges);
  const heaviest = edges.reduce((max, e) => Math.max(max, e.weight), 1);
  // The theme's colours, read again when the reader switches theme.
  let palette = readPalette(stage);

  // ---- state ----
  let transform: ZoomTransform = zoomIdentity;
  let width = 0;
  let height = 0;
  let fitted = false;
  const shownKinds = new Set<NodeKind>(['paper', 'concept', 'reference']);
  let minWeight = 1;
  let hovered: GraphNode | undefined;
  let selected: GraphNode | undefined;
  let scene: Scene = filterScene(nodes, edges, shownKinds, minWeight);
  let dragging = false;

  function applyFilters(): void {
    scene = filterScene(nodes, edges, shownKinds, minWeight);
    if (selected && !shownKinds.has(selected.kind)) setSelected(undefined);
    if (hovered && !shownKinds.has(hovered.kind)) hovered = undefined;
    canvas.dataset.visibleNodes = String(scene.nodes.length);
    canvas.dataset.visibleEdges = String(scene.edges.length);
    requestDraw();
  }

  // ---- drawing ----
  const frame = (pad: number, hover: GraphNode | undefined) => ({ scene, view: transform, width, height, pad, dpr: window.devicePixelRatio || 1, palette, heaviest, selected, hovered: hover });
  const draw = () => drawFrame(onScreen, frame(0, hovered));
  // The picture kept for panning has no hover: a drag drops it, and a hover
  // that comes and goes then leaves the picture good for the next drag.
  const panned = panImage(canvas, onScreen, {
    draw: (ctx, pad) => drawFrame(ctx, frame(pad, undefined)),
    view: () => transform,
    size: () => ({ width, height }),
    ready: () => !dragging && width > 0,
  });

  /** The drawing afresh on screen; its margin picture follows when the reader pauses. */
  function drawAfresh(): void {
    panned.drop();
    draw();
    panned.keepSoon();
  }

  // Many events can come in one frame (a pan, a wheel); the drawing follows
  // once per frame. A move of the view alone shifts the kept picture when it
  // can; a hover draws on screen and keeps it; anything else (selection,
  // filters, theme) draws afresh.
  type Change = 'view' | 'hover' | 'all';
  const RANK: Record<Change, number> = { view: 0, hover: 1, all: 2 };
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
      if (change === 'view' && !hovered && panned.fits(transform) && panned.shift(transform)) return;
      if (change === 'hover' && panned.scale() === transform.k) draw();
      else drawAfresh();
    });
  }
  // ---- zoom and pan (d3-zoom) ----
  const zoomer: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.1, 12])
    // The wheel zooms only when the drawing has focus (or with Ctrl), so it never traps the page's scrolling.
    .filter((event: Event & { ctrlKey?: boolean; button?: number }) =>
      event.type === 'wheel' ? document.activeElement === canvas || event.ctrlKey === true : !event.ctrlKey && !event.button,
    )
    .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      // A drag by pointer or touch, not a wheel turn or a programmatic move.
      const type = (event.sourceEvent as Event | null)?.type;
      if (type !== 'mousedown' && type !== 'pointerdown' && type !== 'touchstart') return;
      dragging = true;
      panned.cancelSoon();
      // The picture moves with the pointer: nothing is under it to hover.
      hovered = undefined;
      canvas.style.cursor = '';
      if (!panned.fits(transform)) panned.keep();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = event.transform;
      requestDraw('view');
    })
    .on('end', () => {
      // The view, for scripts and tests that place the pointer on a mark; set once a gesture ends,
      // since changing an attribute restyles the page.
      canvas.dataset.transform = `${transform.x} ${transform.y} ${transform.k}`;
      if (!dragging) return;
      dragging = false;
      // Within the margin the screen already shows the drawing; re-centre its margin later.
      if (panned.fits(transform)) panned.keepSoon();
      else requestDraw();
    });
  const view = select(canvas);
  view.call(zoomer).on('dblclick.zoom', null);

  function fit(): void {
    // Framed on every node, shown or hidden: the same frame whatever the filters.
    const fitted = scene.nodes.length > 0 ? fitView(nodes, width, height) : null;
    if (fitted) view.call(zoomer.transform, zoomIdentity.translate(fitted.x, fitted.y).scale(fitted.k));
  }

  function resize(): void {
    const box = canvas.getBoundingClientRect();
    width = box.width;
    height = box.height;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    if (!fitted && width > 0) {
      fitted = true;
      fit();
      canvas.dataset.ready = 'true';
    }
    // Resizing the canvas cleared it: redraw now, not a frame later.
    drawAfresh();
  }
  new ResizeObserver(resize).observe(canvas);
  // src/scripts/theme.ts announces a change of theme, chosen or the system's.
  document.addEventListener('folio:themechange', () => {
    palette = readPalette(stage);
    requestDraw();
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

  // ---- selection and keyboard ----
  function setSelected(n: GraphNode | undefined): void {
    selected = n;
    if (n) {
      canvas.dataset.selected = n.id;
      status.textContent = `${describe(n, scene.neighbours.get(n.id) ?? new Set(), byId)} Enter opens its page.`;
      const x = screenX(transform, n);
      const y = screenY(transform, n);
      if (x < 24 || y < 24 || x > width - 24 || y > height - 24) view.call(zoomer.translateTo, n.x, n.y);
    } else {
      delete canvas.dataset.selected;
      status.textContent = '';
    }
    requestDraw();
  }

  const typed = typeAhead(() => scene.nodes);
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const next = selected ? step(scene.nodes, selected, arrow[0], arrow[1]) : nearestTo(scene.nodes, (n) => [screenX(transform, n), screenY(transform, n)], width / 2, height / 2);
      if (next) setSelected(next);
      return;
    }
    const typing = typed.typing(performance.now());
    if (event.key === 'Enter') {
      if (selected) {
        event.preventDefault();
        location.href = selected.href;
      }
    } else if (event.key === 'Escape') {
      if (selected) event.preventDefault();
      typed.reset();
      setSelected(undefined);
    } else if (!typing && (event.key === '+' || event.key === '=')) {
      event.preventDefault();
      view.call(zoomer.scaleBy, 1.4);
    } else if (!typing && event.key === '-') {
      event.preventDefault();
      view.call(zoomer.scaleBy, 1 / 1.4);
    } else if (!typing && event.key === '0') {
      event.preventDefault();
      fit();
    } else if (event.key.length === 1 && (typing || event.key !== ' ')) {
      event.preventDefault();
      const match = typed.key(event.key, performance.now());
      if (match) setSelected(match);
    }
  });

  // ---- pointer ----
  const local = (event: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  canvas.addEventListener('pointermove', (event) => {
    // No hover while a drag pans: asking where the canvas is would force the
    // page's layout (its tables are large) on every move.
    if (dragging) return;
    const n = nodeAt(transform, scene.nodes, ...local(event));
    canvas.style.cursor = n ? 'pointer' : '';
    if (n !== hovered) {
      hovered = n;
      requestDraw('hover');
    }
  });
  canvas.addEventListener('pointerleave', () => {
    if (hovered) {
      hovered = undefined;
      requestDraw('hover');
    }
  });
  // d3-zoom swallows the click that ends a pan, so a click here is a click.
  canvas.addEventListener('click', (event) => {
    const n = nodeAt(transform, scene.nodes, ...local(event));
    if (n) location.href = n.href;
  });

  // ---- filters ----
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.name === 'kind') {
      if (input.checked) shownKinds.add(input.value as NodeKind);
      else shownKinds.delete(input.value as NodeKind);
      applyFilters();
    }
  });
  minWeightInput.addEventListener('input', () => {
    const value = Number.parseInt(minWeightInput.value, 10);
    minWeight = Number.isFinite(value) && value >= 1 ? value : 1;
    applyFilters();
  });
  // Filters the browser restored (back/forward) apply at once.
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) if (!input.checked) shownKinds.delete(input.value as NodeKind);
  // Thousands of links make a hairball (and a slow one): start from the lightest
  // minimum weight that leaves at most EDGE_BUDGET of them, and say so.
  if (minWeightInput.value === minWeightInput.defaultValue) {
    const floor = weightFloor(edges, EDGE_BUDGET);
    if (floor > 1) {
      minWeightInput.value = String(floor);
      status.textContent = `Links of weight under ${floor} are hidden to keep the drawing legible: lower the minimum link weight to show them.`;
    }
  }
  minWeightInput.dispatchEvent(new Event('input'));

  window.__folioGraph = {
    transform: () => ({ x: transform.x, y: transform.y, k: transform.k }),
    screenOf: (id) => {
      const n = byId.get(id);
      return n && { x: screenX(transform, n), y: screenY(transform, n) };
    },
    selected: () => selected?.id,
    visibleNodes: () => scene.nodes.length,
  };
}
