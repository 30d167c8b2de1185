import { MUSCLES, type Muscle } from './taxonomy';

/**
 * A schematic body map: front and back outlines with one region per muscle group. Shapes are
 * drawn for the figure's right-hand side (viewer's left) and mirrored, unless `centre` is set.
 * Pure data, so the exercise page and the tests share one definition.
 */

export type View = 'front' | 'back';

type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; centre?: boolean }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; centre?: boolean };

/** Width of each figure's viewBox; shapes mirror around its middle. */
export const MAP_WIDTH = 120;
export const MAP_HEIGHT = 252;

/** The outline of the body (same for both views), as SVG path data. */
export const BODY_OUTLINE = [
  'M60 6a12 12 0 1 1 0 24a12 12 0 1 1 0-24Z',
  'M54 29h12v8H54Z',
  'M36 38Q60 32 84 38L86 62L78 110L82 128Q60 134 38 128L42 110L34 62Z',
  'M36 39L28 44L20 95L15 138L23 141L30 99L38 64Z',
  'M84 39L92 44L100 95L105 138L97 141L90 99L82 64Z',
  'M39 126L59 130L58 180L55 236L44 236L40 180Z',
  'M81 126L61 130L62 180L65 236L76 236L80 180Z',
  'M40 236h16v9H40Z',
  'M64 236h16v9H64Z',
].join('');

const REGIONS: Record<View, Partial<Record<Muscle, Shape[]>>> = {
  front: {
    'shoulders-arms': [
      { kind: 'ellipse', cx: 37, cy: 46, rx: 7, ry: 8 },
      { kind: 'ellipse', cx: 27, cy: 80, rx: 5, ry: 17 },
    ],
    chest: [{ kind: 'ellipse', cx: 50, cy: 54, rx: 10, ry: 8 }],
    abdominals: [{ kind: 'rect', x: 53, y: 66, width: 14, height: 40, centre: true }],
    obliques: [{ kind: 'ellipse', cx: 44, cy: 86, rx: 5, ry: 13 }],
    'hip-flexors': [{ kind: 'ellipse', cx: 51, cy: 120, rx: 5, ry: 7 }],
    'hip-abductors': [{ kind: 'ellipse', cx: 42, cy: 126, rx: 3.5, ry: 8 }],
    quadriceps: [{ kind: 'ellipse', cx: 48, cy: 154, rx: 7.5, ry: 22 }],
    'hip-adductors': [{ kind: 'ellipse', cx: 56, cy: 146, rx: 3, ry: 14 }],
    'tibialis-anterior': [{ kind: 'ellipse', cx: 47, cy: 204, rx: 3.5, ry: 17 }],
    foot: [{ kind: 'ellipse', cx: 48, cy: 241, rx: 7, ry: 3.5 }],
  },
  back: {
    'shoulders-arms': [
      { kind: 'ellipse', cx: 37, cy: 46, rx: 7, ry: 8 },
      { kind: 'ellipse', cx: 27, cy: 78, rx: 5, ry: 16 },
    ],
    'upper-back': [{ kind: 'ellipse', cx: 49, cy: 64, rx: 10, ry: 17 }],
    'lower-back': [{ kind: 'rect', x: 53, y: 90, width: 14, height: 22, centre: true }],
    'hip-abductors': [{ kind: 'ellipse', cx: 43, cy: 114, rx: 4, ry: 6 }],
    glutes: [{ kind: 'ellipse', cx: 50, cy: 126, rx: 9.5, ry: 9 }],
    hamstrings: [{ kind: 'ellipse', cx: 49, cy: 158, rx: 7, ry: 20 }],
    calves: [{ kind: 'ellipse', cx: 49, cy: 196, rx: 6, ry: 12 }],
    soleus: [{ kind: 'ellipse', cx: 49, cy: 217, rx: 4, ry: 8 }],
    foot: [{ kind: 'ellipse', cx: 49, cy: 241, rx: 6, ry: 3.5 }],
  },
};

/** How strongly a region is highlighted. */
export type Emphasis = 'primary' | 'secondary' | 'none';

/** One drawable region with its emphasis, ready for the component. */
export interface MapRegion {
  muscle: Muscle;
  emphasis: Emphasis;
  shape: Shape;
}

function mirrored(shape: Shape): Shape[] {
  if (shape.centre) return [shape];
  if (shape.kind === 'ellipse') return [shape, { ...shape, cx: MAP_WIDTH - shape.cx }];
  return [shape, { ...shape, x: MAP_WIDTH - shape.x - shape.width }];
}

/**
 * Regions of one view, each marked primary, secondary or none. A muscle listed as both is
 * shown as primary. Unhighlighted regions are drawn first so highlights sit on top.
 */
export function muscleMapRegions(
  view: View,
  primary: readonly Muscle[],
  secondary: readonly Muscle[],
): MapRegion[] {
  const emphasisOf = (muscle: Muscle): Emphasis =>
    primary.includes(muscle) ? 'primary' : secondary.includes(muscle) ? 'secondary' : 'none';
  const order: Record<Emphasis, number> = { none: 0, secondary: 1, primary: 2 };
  return (Object.entries(REGIONS[view]) as [Muscle, Shape[]][])
    .flatMap(([muscle, shapes]) =>
      shapes.flatMap(mirrored).map((shape) => ({ muscle, emphasis: emphasisOf(muscle), shape })),
    )
    .sort((a, b) => order[a.emphasis] - order[b.emphasis]);
}

/** Muscles that appear in a view (some, like the foot, appear in both). */
export function musclesInView(view: View): Muscle[] {
  return Object.keys(REGIONS[view]) as Muscle[];
}

/** The text alternative: the same information as the picture, in words. */
export function muscleMapDescription(
  primary: readonly Muscle[],
  secondary: readonly Muscle[],
): string {
  const names = (list: readonly Muscle[]) =>
    list.map((muscle) => MUSCLES[muscle].label.toLowerCase());
  const join = (items: string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  const main = `Mainly works the ${join(names(primary))}`;
  return secondary.length ? `${main}; also works the ${join(names(secondary))}.` : `${main}.`;
}
