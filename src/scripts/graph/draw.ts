/**
 * One frame of the drawing on a 2D canvas: links in batches, marks shaped
 * by kind, the focus ringed, and labels placed so that none covers another.
 */
import { clip, type Edge, type EdgeKind, type GraphNode } from './model.ts';
import { EDGE_SHADES, type Palette } from './palette.ts';
import type { Scene } from './scene.ts';
import { type Box, type LabelCandidate, labelOrder, type PlacedLabel, placeLabels } from './labels.ts';
import { screenRadius, screenX, screenY, type View } from './view.ts';

const DASH: Record<EdgeKind, number[]> = { uses: [], cites: [5, 3], related: [1.5, 3] };
const PATH_SEGMENTS = 256;
const LABEL_FONT = '12px "Source Sans 3 Variable", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface Frame {
  scene: Scene;
  view: View;
  /** The canvas's size in CSS pixels. */
  width: number;
  height: number;
  /** CSS pixels of the graph drawn beyond each edge of the view. */
  pad: number;
  dpr: number;
  palette: Palette;
  /** The heaviest link's weight, for shading. */
  heaviest: number;
  selected: GraphNode | undefined;
  hovered: GraphNode | undefined;
}

/** Labels tried a frame: measuring thousands each frame would cost more than the drawing. */
const LABEL_TRIES = 400;

function shape(ctx: CanvasRenderingContext2D, n: GraphNode, x: number, y: number, r: number): void {
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

/** Writes a placed label with a halo, so it reads over links and marks. */
function write(ctx: CanvasRenderingContext2D, frame: Frame, text: string, at: PlacedLabel, emphasis: boolean): void {
  ctx.font = emphasis ? `600 ${LABEL_FONT}` : LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = frame.palette.halo;
  ctx.strokeText(text, at.x, at.y);
  ctx.fillStyle = frame.palette.text;
  ctx.fillText(text, at.x, at.y);
}

/** Labels for `nodes` in their order, placed by placeLabels (none covering another, none past the edges). */
function labelAll(ctx: CanvasRenderingContext2D, frame: Frame, nodes: readonly GraphNode[], options: { taken?: Box[]; emphasisFirst?: boolean }): PlacedLabel[] {
  const { view } = frame;
  const candidates: (LabelCandidate & { text: string; emphasis: boolean })[] = [];
  for (const [i, n] of nodes.slice(0, LABEL_TRIES).entries()) {
    const emphasis = options.emphasisFirst === true && i === 0;
    ctx.font = emphasis ? `600 ${LABEL_FONT}` : LABEL_FONT;
    const text = clip(n.label);
    candidates.push({ node: n, x: screenX(view, n), y: screenY(view, n), r: screenRadius(view, n), width: ctx.measureText(text).width, text, emphasis });
  }
  const placed = placeLabels(candidates, frame.width, frame.height, { taken: options.taken, force: options.emphasisFirst, limit: LABEL_TRIES });
  const byNode = new Map(candidates.map((c) => [c.node, c]));
  for (const p of placed) write(ctx, frame, byNode.get(p.node)!.text, p, byNode.get(p.node)!.emphasis);
  return placed;
}

function drawEdges(ctx: CanvasRenderingContext2D, frame: Frame, focus: GraphNode | undefined): void {
  const { view, palette } = frame;
  // Edges in batches of one kind, shade and emphasis: one path each, so
  // thousands of links still draw in a frame. Weight shows as a shade,
  // opaque and one pixel wide: a software rasteriser (no GPU) draws such
  // lines several times faster than translucent or wider ones.
  const batches = new Map<string, { kind: EdgeKind; shade: number; incident: boolean; edges: Edge[] }>();
  for (const e of frame.scene.edges) {
    const incident = focus !== undefined && (e.a === focus || e.b === focus);
    const shade = focus && !incident ? 0 : Math.round((EDGE_SHADES - 1) * Math.sqrt(e.weight / frame.heaviest));
    const key = `${e.kind} ${shade} ${incident}`;
    const batch = batches.get(key);
    if (batch) batch.edges.push(e);
    else batches.set(key, { kind: e.kind, shade, incident, edges: [e] });
  }
  // Emphasised links last, over the rest; heavier over lighter.
  for (const batch of [...batches.values()].sort((a, b) => Number(a.incident) - Number(b.incident) || a.shade - b.shade)) {
    ctx.strokeStyle = batch.incident ? palette.text : focus ? palette.edgeDimmed : palette.edgeByWeight[batch.shade]!;
    ctx.lineWidth = batch.incident ? 2 : 1;
    ctx.setLineDash(DASH[batch.kind]);
    // Short paths: the rasteriser's cost grows faster than a path's length.
    for (let i = 0; i < batch.edges.length; i += PATH_SEGMENTS) {
      ctx.beginPath();
      for (const e of batch.edges.slice(i, i + PATH_SEGMENTS)) {
        ctx.moveTo(screenX(view, e.a), screenY(view, e.a));
        ctx.lineTo(screenX(view, e.b), screenY(view, e.b));
      }
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}

/** The whole drawing of `frame` on `ctx`; the labels it placed. */
export function drawFrame(ctx: CanvasRenderingContext2D, frame: Frame): PlacedLabel[] {
  const { view, scene, palette, pad, dpr, selected } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, pad * dpr, pad * dpr);
  ctx.clearRect(-pad, -pad, frame.width + 2 * pad, frame.height + 2 * pad);
  const focus = selected ?? frame.hovered;
  const near = focus ? (scene.neighbours.get(focus.id) ?? new Set<string>()) : undefined;
  const lit = (n: GraphNode) => !focus || n === focus || near!.has(n.id);

  drawEdges(ctx, frame, focus);

  for (const n of scene.nodes) {
    ctx.globalAlpha = lit(n) ? 1 : 0.2;
    shape(ctx, n, screenX(view, n), screenY(view, n), screenRadius(view, n));
    ctx.fillStyle = palette.node[n.kind];
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = palette.halo;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  // The focus wears a ring: solid when selected, dashed when hovered.
  const ringRadius = focus ? screenRadius(view, focus) * (focus.kind === 'concept' ? 1 : 1.3) + 4 : 0;
  if (focus) {
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = palette.text;
    ctx.setLineDash(selected === focus ? [] : [3, 2]);
    ctx.beginPath();
    ctx.arc(screenX(view, focus), screenY(view, focus), ringRadius, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  // Labels, most telling first, none covering another: the focus and its
  // neighbours; else papers, then the heaviest marks of each kind in turn.
  if (focus) {
    const [x, y, r] = [screenX(view, focus), screenY(view, focus), ringRadius];
    const around = scene.nodes.filter((n) => near!.has(n.id)).sort((a, b) => b.weight - a.weight);
    return labelAll(ctx, frame, [focus, ...around], { taken: [[x - r, y - r, x + r, y + r]], emphasisFirst: true });
  }
  return labelAll(ctx, frame, labelOrder(scene.nodes.map((node) => ({ node }))).map((c) => c.node), {});
}
