/**
 * The filters under the drawing: kinds of node shown and the lightest link
 * drawn. Thousands of links make a hairball (and a slow one), so a large
 * collection starts from the lightest minimum weight that leaves at most
 * EDGE_BUDGET links, and says so.
 */
import type { NodeKind } from './model.ts';
import { weightFloor } from './scene.ts';
import type { GraphState } from './state.ts';

/** Links drawn at first at most. */
const EDGE_BUDGET = 4000;

export function filters(state: GraphState, form: HTMLFormElement, minWeightInput: HTMLInputElement, status: HTMLElement, apply: () => void): void {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.name === 'kind') {
      if (input.checked) state.shownKinds.add(input.value as NodeKind);
      else state.shownKinds.delete(input.value as NodeKind);
      apply();
    }
  });
  minWeightInput.addEventListener('input', () => {
    const value = Number.parseInt(minWeightInput.value, 10);
    state.minWeight = Number.isFinite(value) && value >= 1 ? value : 1;
    apply();
  });
  // Filters the browser restored (back/forward) apply at once.
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) if (!input.checked) state.shownKinds.delete(input.value as NodeKind);
  if (minWeightInput.value === minWeightInput.defaultValue) {
    const floor = weightFloor(state.edges, EDGE_BUDGET);
    if (floor > 1) {
      minWeightInput.value = String(floor);
      status.textContent = `Links of weight under ${floor} are hidden to keep the drawing legible: lower the minimum link weight to show them.`;
    }
  }
  minWeightInput.dispatchEvent(new Event('input'));
}
