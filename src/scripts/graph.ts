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
import { interpolateRgb } from 'd3-interpolate';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';

type NodeKind = 'paper' | 'concept' | 'reference';
type EdgeKind = 'uses' | 'cites' | 'related';

interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  href: string;
  weight: number;
  x: number;
  y: number;
}

interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

interface Edge extends GraphEdge {
  a: GraphNode;
  b: GraphNode;
}

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

const KIND_NAME: Record<NodeKind, string> = { paper: 'paper', concept: 'concept', reference: 'cited work' };
const DASH: Record<EdgeKind, number[]> = { uses: [], cites: [5, 3], related: [1.5, 3] };
const PATH_SEGMENTS = 256;
/** Shades of link colour by weight: few enough to draw each in one batch. */
const EDGE_SHADES = 6;
/** Links drawn at first at most: a larger collection starts with its light links hidden. */
const EDGE_BUDGET = 4000;
const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** As graph-layout.ts's nodeRadius: the radius in layout units. */
const radiusOf = (n: GraphNode) => Math.min(28, 4 + 2 * Math.sqrt(n.weight));

const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

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
  // Where draw() paints: the canvas, or the picture kept for panning.
  let ctx: CanvasRenderingContext2D = onScreen;

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
  const edges: Edge[] = data.edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    return a && b ? [{ ...e, a, b }] : [];
  });
  const heaviest = edges.reduce((max, e) => Math.max(max, e.weight), 1);

  // The theme's colours, read again when the reader switches theme.
  const COLOUR: Record<NodeKind, string> = { paper: '', concept: '', reference: '' };
  let EDGE_COLOUR = '';
  let HALO = '';
  let TEXT = '';
  function readColours(): void {
    const style = getComputedStyle(stage);
    const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    COLOUR.paper = colour('--graph-paper', '#0b5394');
    COLOUR.concept = colour('--graph-concept', '#9a3c00');
    COLOUR.reference = colour('--graph-reference', '#5b2a86');
    EDGE_COLOUR = colour('--graph-edge', '#8a8577');
    HALO = colour('--graph-halo', '#fdfcf8');
    TEXT = colour('--text', '#1c1c1c');
    // Link colour over the page, from faint (light links) to full (the heaviest).
    const over = interpolateRgb(HALO, EDGE_COLOUR);
    edgeShades.byWeight = Array.from({ length: EDGE_SHADES }, (_, i) => over(0.4 + (0.6 * i) / (EDGE_SHADES - 1)));
    edgeShades.dimmed = over(0.12);
  }
  const edgeShades = { byWeight: [] as string[], dimmed: '' };
  readColours();

  // ---- state ----
  let transform: ZoomTransform = zoomIdentity;
  let width = 0;
  let height = 0;
  let fitted = false;
  const shownKinds = new Set<NodeKind>(['paper', 'concept', 'reference']);
  let minWeight = 1;
  let hovered: GraphNode | undefined;
  let selected: GraphNode | undefined;
  let visibleNodes: GraphNode[] = nodes;
  let visibleEdges: Edge[] = edges;
  let neighbours = new Map<string, Set<string>>();
  /** The drawing with a margin around the view, kept for panning (see keepPanImage). */
  let kept: { image: HTMLCanvasElement; x: number; y: number; k: number } | undefined;
  let dragging = false;

  function applyFilters(): void {
    visibleNodes = nodes.filter((n) => shownKinds.has(n.kind));
    visibleEdges = edges.filter((e) => e.weight >= minWeight && shownKinds.has(e.a.kind) && shownKinds.has(e.b.kind));
    neighbours = new Map(visibleNodes.map((n) => [n.id, new Set<string>()]));
    for (const e of visibleEdges) {
      neighbours.get(e.source)?.add(e.target);
      neighbours.get(e.target)?.add(e.source);
    }
    if (selected && !shownKinds.has(selected.kind)) setSelected(undefined);
    if (hovered && !shownKinds.has(hovered.kind)) hovered = undefined;
    canvas.dataset.visibleNodes = String(visibleNodes.length);
    canvas.dataset.visibleEdges = String(visibleEdges.length);
    requestDraw();
  }

  // ---- geometry ----
  const screenX = (n: GraphNode) => transform.x + transform.k * n.x;
  const screenY = (n: GraphNode) => transform.y + transform.k * n.y;
  const screenRadius = (n: GraphNode) => Math.max(2.5, Math.min(48, radiusOf(n) * transform.k));

  function nodeAt(px: number, py: number): GraphNode | undefined {
    let best: GraphNode | undefined;
    let bestDistance = Infinity;
    for (const n of visibleNodes) {
      const d = Math.hypot(screenX(n) - px, screenY(n) - py);
      if (d <= screenRadius(n) + 3 && d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    return best;
  }

  // ---- drawing ----
  function shape(n: GraphNode, x: number, y: number, r: number): void {
    ctx.beginPath();
    if (n.kind === 'paper') ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
    else if (n.kind === 'reference') {
      ctx.moveTo(x, y - r * 1.15);
      ctx.lineTo(x + r * 1.15, y);
      ctx.lineTo(x, y + r * 1.15);
      ctx.lineTo(x - r * 1.15, y);
      ctx.closePath();
    } else ctx.arc(x, y, r, 0, 2 * Math.PI);
  }

  type Box = [x0: number, y0: number, x1: number, y1: number];
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  /** Draws a node's label unless it would cover one already drawn (the focus's always shows). */
  function label(n: GraphNode, emphasis: boolean, placed: Box[], force = false): void {
    const text = clip(n.label);
    const x = screenX(n) + screenRadius(n) + 4;
    const y = screenY(n);
    ctx.font = emphasis ? `600 ${LABEL_FONT}` : LABEL_FONT;
    const box: Box = [x - 2, y - 8, x + ctx.measureText(text).width + 2, y + 8];
    if (!force && placed.some((b) => overlaps(b, box))) return;
    placed.push(box);
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = HALO;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = TEXT;
    ctx.fillText(text, x, y);
  }

  /** The whole drawing, with `pad` CSS pixels of the graph drawn beyond each edge of the view. */
  function draw(pad = 0): void {
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, pad * dpr, pad * dpr);
    ctx.clearRect(-pad, -pad, width + 2 * pad, height + 2 * pad);
    const focus = selected ?? hovered;
    const near = focus ? (neighbours.get(focus.id) ?? new Set<string>()) : undefined;
    const lit = (n: GraphNode) => !focus || n === focus || near!.has(n.id);

    // Edges in batches of one kind, shade and emphasis: one path each, so
    // thousands of links still draw in a frame. Weight shows as a shade,
    // opaque and one pixel wide: a software rasteriser (no GPU) draws such
    // lines several times faster than translucent or wider ones.
    const batches = new Map<string, { kind: EdgeKind; shade: number; incident: boolean; edges: Edge[] }>();
    for (const e of visibleEdges) {
      const incident = focus !== undefined && (e.a === focus || e.b === focus);
      const shade = focus && !incident ? 0 : Math.round((EDGE_SHADES - 1) * Math.sqrt(e.weight / heaviest));
      const key = `${e.kind} ${shade} ${incident}`;
      const batch = batches.get(key);
      if (batch) batch.edges.push(e);
      else batches.set(key, { kind: e.kind, shade, incident, edges: [e] });
    }
    // Emphasised links last, over the rest; heavier over lighter.
    for (const batch of [...batches.values()].sort((a, b) => Number(a.incident) - Number(b.incident) || a.shade - b.shade)) {
      ctx.strokeStyle = batch.incident ? TEXT : focus ? edgeShades.dimmed : edgeShades.byWeight[batch.shade]!;
      ctx.lineWidth = batch.incident ? 2 : 1;
      ctx.setLineDash(DASH[batch.kind]);
      // Short paths: the rasteriser's cost grows faster than a path's length.
      for (let i = 0; i < batch.edges.length; i += PATH_SEGMENTS) {
        ctx.beginPath();
        for (const e of batch.edges.slice(i, i + PATH_SEGMENTS)) {
          ctx.moveTo(screenX(e.a), screenY(e.a));
          ctx.lineTo(screenX(e.b), screenY(e.b));
        }
        ctx.stroke();
      }
    }
    ctx.setLineDash([]);

    for (const n of visibleNodes) {
      ctx.globalAlpha = lit(n) ? 1 : 0.2;
      shape(n, screenX(n), screenY(n), screenRadius(n));
      ctx.fillStyle = COLOUR[n.kind];
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = HALO;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;

    // The focus wears a ring: solid when selected, dashed when hovered.
    const ringRadius = focus ? screenRadius(focus) * (focus.kind === 'concept' ? 1 : 1.3) + 4 : 0;
    if (focus) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = TEXT;
      ctx.setLineDash(selected === focus ? [] : [3, 2]);
      ctx.beginPath();
      ctx.arc(screenX(focus), screenY(focus), ringRadius, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
    }

    // Labels, most telling first, none covering another: the focus and its
    // neighbours; else papers, then the heaviest marks (all of them once zoomed in).
    const placed: Box[] = [];
    if (focus) {
      const [x, y, r] = [screenX(focus), screenY(focus), ringRadius];
      placed.push([x - r, y - r, x + r, y + r]);
      label(focus, true, placed, true);
      const around = visibleNodes.filter((n) => near!.has(n.id)).sort((a, b) => b.weight - a.weight);
      for (const n of around) label(n, false, placed);
    } else {
      const ranked = visibleNodes
        .filter((n) => n.kind === 'paper' || transform.k >= 1.8 || n.weight >= 10)
        .sort((a, b) => Number(b.kind === 'paper') - Number(a.kind === 'paper') || b.weight - a.weight);
      for (const n of ranked) label(n, false, placed);
    }
  }

  // While a drag pans the drawing, the picture only moves: it is drawn with a
  // margin and then shifted, so panning keeps the frame rate however many
  // marks there are. The margin picture is made ahead, while the reader is
  // idle, so a drag starts without a pause; a drag that stays within the
  // margin ends on the shifted picture, with nothing to redraw. A drag beyond
  // the margin shows blank edges until it ends.
  const PAN_MARGIN = 400;
  /** After a change, how long the drawing must stay the same before its margin picture is made. */
  const KEEP_AFTER_MS = 250;

  function keepPanImage(): void {
    const dpr = window.devicePixelRatio || 1;
    const image = document.createElement('canvas');
    image.width = Math.round((width + 2 * PAN_MARGIN) * dpr);
    image.height = Math.round((height + 2 * PAN_MARGIN) * dpr);
    const target = image.getContext('2d');
    if (!target) return;
    // Without the hover: a drag drops it, and a hover that comes and goes
    // then leaves the picture good for the next drag.
    const hover = hovered;
    hovered = undefined;
    ctx = target;
    try {
      draw(PAN_MARGIN);
    } finally {
      ctx = onScreen;
      hovered = hover;
    }
    kept = { image, x: transform.x, y: transform.y, k: transform.k };
  }

  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  /** Makes the margin picture once the drawing has stayed the same for a moment and the page is idle. */
  function keepSoon(): void {
    clearTimeout(keepTimer);
    keepTimer = setTimeout(() => {
      const make = () => {
        if (!dragging && width > 0) keepPanImage();
      };
      if ('requestIdleCallback' in window) requestIdleCallback(make, { timeout: 1000 });
      else make();
    }, KEEP_AFTER_MS);
  }

  /** Whether the kept picture can show the current view: same scale, moved less than the margin. */
  function keptFits(): boolean {
    return kept !== undefined && kept.k === transform.k && Math.abs(transform.x - kept.x) <= PAN_MARGIN && Math.abs(transform.y - kept.y) <= PAN_MARGIN;
  }

  function shiftPanImage(): boolean {
    if (!kept || kept.k !== transform.k) return false;
    const dpr = window.devicePixelRatio || 1;
    onScreen.setTransform(1, 0, 0, 1, 0, 0);
    onScreen.clearRect(0, 0, canvas.width, canvas.height);
    // Copy only the part of the kept picture that is in view: a frame then
    // costs the canvas's pixels, not the margin's too.
    const sx = Math.round((PAN_MARGIN - (transform.x - kept.x)) * dpr);
    const sy = Math.round((PAN_MARGIN - (transform.y - kept.y)) * dpr);
    const x0 = Math.max(0, sx);
    const y0 = Math.max(0, sy);
    const x1 = Math.min(kept.image.width, sx + canvas.width);
    const y1 = Math.min(kept.image.height, sy + canvas.height);
    if (x1 > x0 && y1 > y0) onScreen.drawImage(kept.image, x0, y0, x1 - x0, y1 - y0, x0 - sx, y0 - sy, x1 - x0, y1 - y0);
    return true;
  }

  /** The drawing afresh on screen; its margin picture follows when the reader pauses. */
  function drawAfresh(): void {
    kept = undefined;
    draw();
    keepSoon();
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
      if (change === 'view' && !hovered && keptFits() && shiftPanImage()) return;
      if (change === 'hover' && kept?.k === transform.k) draw();
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
      clearTimeout(keepTimer);
      // The picture moves with the pointer: nothing is under it to hover.
      hovered = undefined;
      canvas.style.cursor = '';
      if (!keptFits()) keepPanImage();
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
      if (keptFits()) keepSoon();
      else requestDraw();
    });
  const view = select(canvas);
  view.call(zoomer).on('dblclick.zoom', null);

  function fit(): void {
    if (visibleNodes.length === 0 || width === 0) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of nodes) {
      const r = radiusOf(n);
      x0 = Math.min(x0, n.x - r);
      y0 = Math.min(y0, n.y - r);
      x1 = Math.max(x1, n.x + r);
      y1 = Math.max(y1, n.y + r);
    }
    const k = Math.max(0.1, Math.min(4, 0.9 * Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1))));
    view.call(zoomer.transform, zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
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
    readColours();
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

  // ---- selection ----
  function describe(n: GraphNode): string {
    const list = [...(neighbours.get(n.id) ?? [])].map((id) => byId.get(id)!).sort((a, b) => b.weight - a.weight);
    const names = list.slice(0, 5).map((m) => clip(m.label, 60));
    const more = list.length > 5 ? `, and ${list.length - 5} more` : '';
    const linked = list.length === 0 ? 'no links shown' : `${list.length} ${list.length === 1 ? 'link' : 'links'}: ${names.join('; ')}${more}`;
    return `${n.label} (${KIND_NAME[n.kind]}), ${linked}.`;
  }

  function setSelected(n: GraphNode | undefined): void {
    selected = n;
    if (n) {
      canvas.dataset.selected = n.id;
      status.textContent = `${describe(n)} Enter opens its page.`;
      const x = screenX(n);
      const y = screenY(n);
      if (x < 24 || y < 24 || x > width - 24 || y > height - 24) view.call(zoomer.translateTo, n.x, n.y);
    } else {
      delete canvas.dataset.selected;
      status.textContent = '';
    }
    requestDraw();
  }

  function nearestTo(x: number, y: number): GraphNode | undefined {
    let best: GraphNode | undefined;
    let bestDistance = Infinity;
    for (const n of visibleNodes) {
      const d = Math.hypot(screenX(n) - x, screenY(n) - y);
      if (d < bestDistance) [best, bestDistance] = [n, d];
    }
    return best;
  }

  /** The nearest visible mark in a direction, favouring those straight ahead. */
  function step(from: GraphNode, dx: number, dy: number): GraphNode | undefined {
    let best: GraphNode | undefined;
    let bestScore = Infinity;
    for (const n of visibleNodes) {
      if (n === from) continue;
      const vx = n.x - from.x;
      const vy = n.y - from.y;
      const ahead = vx * dx + vy * dy;
      const aside = Math.abs(vx * dy - vy * dx);
      if (ahead <= 0 || aside > 2 * ahead) continue;
      const score = ahead + 2 * aside;
      if (score < bestScore) [best, bestScore] = [n, score];
    }
    return best;
  }

  let typed = '';
  let typedAt = 0;
  function typeAhead(key: string): void {
    const now = performance.now();
    typed = now - typedAt > 900 ? key : typed + key;
    typedAt = now;
    const prefix = typed.toLocaleLowerCase();
    const candidates = visibleNodes.filter((n) => n.label.toLocaleLowerCase().startsWith(prefix));
    if (candidates.length === 0) return;
    candidates.sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
    setSelected(candidates[0]);
  }

  const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const next = selected ? step(selected, arrow[0], arrow[1]) : nearestTo(width / 2, height / 2);
      if (next) setSelected(next);
      return;
    }
    const typing = performance.now() - typedAt < 900 && typed !== '';
    if (event.key === 'Enter') {
      if (selected) {
        event.preventDefault();
        location.href = selected.href;
      }
    } else if (event.key === 'Escape') {
      if (selected) event.preventDefault();
      typed = '';
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
      typeAhead(event.key);
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
    const n = nodeAt(...local(event));
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
    const n = nodeAt(...local(event));
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
  if (minWeightInput.value === minWeightInput.defaultValue && edges.length > EDGE_BUDGET) {
    const weights = edges.map((e) => e.weight).sort((a, b) => b - a);
    const floor = Math.min(weights[EDGE_BUDGET]! + 1, weights[0]!);
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
      return n && { x: screenX(n), y: screenY(n) };
    },
    selected: () => selected?.id,
    visibleNodes: () => visibleNodes.length,
  };
}
