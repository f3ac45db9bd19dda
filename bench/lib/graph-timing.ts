/**
 * The collection graph in headless Chromium: the compressed bytes of its
 * script (with everything it imports) and its data, and the frame times while
 * a reader drags the drawing for a second (from press to release), as
 * requestAnimationFrame sees them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { gzipBytes, scriptClosure } from './page-weight.ts';

export interface GraphTiming {
  graph_nodes: number;
  graph_bundle_kb_gz: number;
  graph_json_kb_gz: number;
  pan_frame_ms_median: number;
  pan_frame_ms_p95: number;
  /** Frames that took longer than two 60 Hz frames. */
  pan_dropped_frames: number;
}

export function graphBundleBytes(dist: string): number {
  const html = readFileSync(join(dist, 'graph/index.html'), 'utf8');
  return scriptClosure(dist, html).reduce((n, f) => n + gzipBytes(readFileSync(f)), 0);
}

export async function timeGraphPan(browser: Browser, siteUrl: string, dist: string): Promise<GraphTiming> {
  const graph = JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf8')) as { nodes: unknown[] };
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${siteUrl}graph/`);
  const canvas = page.locator('#graph-canvas[data-ready="true"]');
  await canvas.waitFor({ timeout: 60_000 });
  // The mouse works in viewport coordinates: the drawing must be on screen, or
  // the drag lands on nothing (the page's header and filters push it below the fold).
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // Frames are counted from the press that starts the drag to its release:
  // the frame rate while panning. The frame loop runs for a moment first, so
  // that waking an idle page is not counted as panning.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean; stopped: boolean };
    w.frames_ = [];
    w.recording = false;
    w.stopped = false;
    let last = performance.now();
    const tick = (t: number) => {
      if (w.recording) w.frames_.push(t - last);
      last = t;
      if (!w.stopped) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // The release ends the pan: what the page does after it is not panning.
    addEventListener('pointerup', () => void (w.recording = false), { capture: true });
  });
  await page.waitForTimeout(500);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => void ((window as unknown as { recording: boolean }).recording = true));
  await page.mouse.down();
  // A second of dragging in a circle, one move per 60 Hz frame.
  for (let i = 0; i < 60; i++) {
    const a = (2 * Math.PI * i) / 60;
    await page.mouse.move(cx + 150 * Math.cos(a), cy + 100 * Math.sin(a));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean; stopped: boolean };
    w.recording = false;
    w.stopped = true;
    return w.frames_.slice(1);
  });
  await page.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return {
    graph_nodes: graph.nodes.length,
    graph_bundle_kb_gz: Math.round(graphBundleBytes(dist) / 102.4) / 10,
    graph_json_kb_gz: Math.round(gzipBytes(readFileSync(join(dist, 'graph.json'))) / 102.4) / 10,
    pan_frame_ms_median: at(0.5),
    pan_frame_ms_p95: at(0.95),
    pan_dropped_frames: frames.filter((f) => f > 2 * (1000 / 60)).length,
  };
}
