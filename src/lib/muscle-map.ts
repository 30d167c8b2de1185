import { MUSCLES, type Muscle } from './taxonomy';

/**
 * The anatomical muscle map: a front and a back view of one body, with the muscles an exercise
 * works drawn in their real shapes. Pure data and path building, so the exercise page, the
 * library page and the tests share one definition.
 *
 * Each view is VIEW_WIDTH x VIEW_HEIGHT units with the body's midline at MIDLINE. Every outline
 * below is drawn for the left half of the picture only (x < MIDLINE) and mirrored, so a shape is
 * written once and the body is symmetric by construction. Outlines are lists of points that a
 * smooth closed curve passes through (see outlinePath); a point marked as a corner is passed
 * through with a sharp bend (a tendon's tip, the armpit, the crotch).
 *
 * Proportions follow Drillis and Contini's segment lengths as a fraction of standing height H
 * (reproduced in D.A. Winter, Biomechanics and Motor Control of Human Movement, the same table
 * the exercise figures use), with H = 186 units from the crown (y 8) to the soles
 * (y 194): chin 0.870 H (y 32), shoulder joint 0.818 H (y 42-44), hip joint 0.530 H (y 95),
 * knee 0.285 H (y 141), ankle 0.039 H (y 187); shoulder width 0.259 H and hip width 0.191 H;
 * upper arm 0.186 H, forearm 0.146 H and hand 0.108 H along an arm held 12 degrees out from the
 * side, so the arm never hides the waist.
 */

export type View = 'front' | 'back';
export const VIEWS: readonly View[] = ['front', 'back'];

/** One view's drawing area, in map units. */
export const VIEW_WIDTH = 80;
export const VIEW_HEIGHT = 200;
/** The x coordinate of the body's midline; every outline is mirrored about it. */
export const MIDLINE = VIEW_WIDTH / 2;
/** Space between the front and the back view when both share one picture. */
export const VIEW_GAP = 6;
/** Width of the whole picture: front view, gap, back view. */
export const MAP_WIDTH = 2 * VIEW_WIDTH + VIEW_GAP;

/** A point of an outline: x, y, and whether the curve bends sharply there. */
export interface OutlinePoint {
  x: number;
  y: number;
  corner: boolean;
}
export type Outline = readonly OutlinePoint[];

/**
 * Reads an outline written as `"x,y x,y! ..."`: points in order, `!` after a point marking a
 * corner. A compact notation keeps the drawing data readable as one line per shape.
 */
export function outline(text: string): Outline {
  return text
    .trim()
    .split(/\s+/)
    .map((token) => {
      const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)(!?)$/.exec(token);
      if (!match)
        throw new Error(
          `Muscle map outline: "${token}" is not a point like "12.5,40" or "12.5,40!"`,
        );
      return { x: Number(match[1]), y: Number(match[2]), corner: match[3] === '!' };
    });
}

/**
 * The left half of the body, from the crown round the outside: head, neck, shoulder, the arm down
 * the outside and up the inside, the flank, the leg down the outside and up the inside, the crotch.
 * It closes along the midline a little past it, so the half and its mirror image overlap and no
 * seam shows. The same silhouette serves both views (from behind, the head and the feet have the
 * same outline).
 */
export const BODY_HALF: Outline = outline(
  '40.4,7.8! 35.6,8.9 32.9,12.2 32.2,17.6 32.5,22.6 33.6,27.2 34.9,30! 34.9,33 ' +
    '32.8,36.6 27.6,39.6 21.4,41.6 17.2,43.6 14.6,47.2 13.4,52.4 12.6,58.6 11.7,64 ' +
    '10.9,68.5 9.9,73 9.3,77.2 8.2,81.8 7.6,89 7.4,97 7,104.2 5.1,110.6 ' +
    '4.9,116.8 5.9,122.4 7.7,124.6 9.7,123.6 11.2,119 12.2,112.2 12.2,105.4 13.6,98.2 ' +
    '15.6,90.4 17.3,83.4 17.4,78.6 18.8,72.3 20.8,64.6 22.6,57.2 23.6,53.4! 23.8,58.4 ' +
    '24.6,64.6 25.9,71.4 26.9,78 26.9,83.4 25.9,88.4 23.6,94 22.3,100.4 21.7,108 ' +
    '21.9,116 23,125 24.8,133 26.2,140 26.3,145.6 25.3,152 25.4,159 26.6,166 ' +
    '28.2,175 28.9,182 28.5,186.4 27.3,189.6 26.7,192.6 27.9,194.4 32.4,194.8 36.4,194.4 ' +
    '37.3,192.3 36.7,188.6 36.4,184.6 36.3,178 37,168 38.3,158 38.2,151 37.1,145.6 ' +
    '36.7,140.4 37.2,133.6 37.8,125.6 38.4,117.6 39,110.6 40.4,106.8!',
);

/**
 * Muscle outlines per view, left half only. A muscle key maps to one or more outlines (the
 * quadriceps' three visible heads, the calf's two). A muscle may appear in both views (the
 * shoulders and arms, the adductors, the obliques). Within a view, outlines are painted in this
 * order, so a muscle that lies on top of another in the body comes later.
 */
const OUTLINES: Record<View, Partial<Record<Muscle, readonly string[]>>> = {
  front: {
    'upper-back': [
      // Upper trapezius, seen above the collarbone between the neck and the shoulder.
      '34.4,34.8 32.4,37.6 27.4,40.3 21.6,42.3! 27,42.9 32.6,42.4 35.4,39.6',
    ],
    chest: [
      // Pectoralis major, from the collarbone and breastbone to the front of the armpit.
      '39.4,44.8! 33,44.6 26.4,45.2 23.8,48 22.8,53! 25.4,58.2 30.4,61.6 36.4,62 39.4,59.8!',
    ],
    abdominals: [
      // Rectus abdominis: four segments between the tendinous bands, narrowing to the pubis.
      '39.4,62.6! 34.6,63 33.8,68.6 39.4,68.8!',
      '39.4,70! 33.6,70.2 33.4,76.2 39.4,76.4!',
      '39.4,77.6! 33.4,77.8 33.5,84 39.4,84.2!',
      '39.4,85.4! 33.6,85.6 34.2,93.6 37,100 39.4,101.8!',
    ],
    obliques: [
      // External oblique, from the lower ribs to the hip bone and the groin.
      '32.6,62.6 28.6,62 25.2,64.8 26.2,71.5 27.2,78.6 26.8,85.7 28.8,90.4 33.8,97.6! 32.8,90 32.2,80 32.2,70',
    ],
    quadriceps: [
      // Vastus lateralis, rectus femoris and vastus medialis (the teardrop above the knee).
      '24.6,103.4 26.4,107.4 26.5,116 27.3,124 28.5,131 29.6,136.6 28.6,139.4! 26.6,138 25.1,133 23.4,125 22.3,116 22.2,108.6',
      '27.4,96.4 29.6,102 31.3,108.8 32.6,115.4 32.9,121 32.4,128 30.8,134.6! 29.2,131 27.9,124.4 27.1,116.4 26.9,108.6 26.9,101.6',
      '33.4,117.4 35.6,121 37.4,126 37.1,131.6 36.7,136.8 34.4,139.8! 31.6,137.4 31.1,134 32.1,128.6 32.7,122.4',
    ],
    'hip-abductors': [
      // Tensor fasciae latae, at the front of the outer hip.
      '25,92.2 27.2,95.6 26.9,102.6 24.4,108.8! 22.7,104.6 23.2,97.7',
    ],
    'hip-flexors': [
      // Iliopsoas where it shows in the groin, and the sartorius strap across the thigh.
      '31,95.8 33.8,98 35.2,100.8 34.2,106.4 33.2,108.8! 32.2,103.6 30.8,99',
      '27.2,91.4! 29.6,94.4 31.6,101 33.2,108.4 34.6,115.6 35.8,122 36.4,127.5 36.4,131.4! 35.2,129 34.6,126.2 33.2,120.6 31.6,113.8 30.2,106.6 28.6,99.4 26.6,95.6',
    ],
    'hip-adductors': [
      // Pectineus, adductor longus and gracilis on the inner thigh.
      '35.4,100.2 38.6,103.4! 38.7,109.2 38.2,116.4 37.7,123 37.3,129.6 36.7,135.6! 36.2,129.6 36.3,123.6 35.5,117.8 34.4,111.6 34.3,105.4',
    ],
    'shoulders-arms': [
      // Deltoid, biceps, brachialis, and the two forearm groups.
      '26,43.8 20.4,43.1 16.2,45.5 14.2,50.1 13.6,55 15.4,61.2! 18.9,56.6 21.9,50.6 24.2,46.4',
      '18.8,57.2 21,62.5 19.2,69.7 17.5,76.6! 14.6,74.4 13.5,67.4 14.6,61.2',
      '12.6,58.6 13.6,62.6 12.9,70 10.9,75.6! 10.8,70.5 12,63.8',
      '11.7,76.6 13.2,80.8 12.4,88 11,96 9.7,101.8! 8,95.4 8.1,86.4 9.2,79.6',
      '15.4,78.8 17,83 15.4,90 13.4,97.9 11.6,102.8! 11.5,96 12.9,88 13.8,82',
    ],
    'tibialis-anterior': [
      // Beside the shin bone, from below the knee to the front of the ankle.
      '28,145.2 30.4,147.6 31.4,155 31.4,165 31.4,173 32.6,182.4! 30.8,180 29.2,172 27.8,162 27.2,152',
    ],
    calves: [
      // The inner head of the gastrocnemius, seen on the inside of the leg.
      '35.2,147 37,146.6! 37.9,152 37.9,159 36.9,166.4! 35.3,160.4 34.8,153',
    ],
    soleus: [
      // The soleus, below the gastrocnemius on the inside of the shin.
      '35,162.6 37,165.6 36.4,172 35.4,179.6! 34.4,172.4 34.5,166',
    ],
    foot: [
      // The top of the foot, seen from the front.
      '28.6,188.4 32.4,187.6 36,189 36.6,192.6 32.5,193.9 28,193.4',
    ],
  },
  back: {
    'upper-back': [
      // Trapezius, from the neck to the shoulder and down to the middle of the back.
      '39.6,28.6! 36.4,32.4 34.8,37.4 27.6,40.8 20.4,43.2! 23.2,46.8 29.2,49.8 33.2,57.4 36.6,67.8 39.6,76.6!',
      // Rhomboids, between the shoulder blade and the spine.
      '35.4,46.2 39.2,47.2! 39.2,59.6! 35.2,61 31.6,54',
      // Infraspinatus and teres major, on the shoulder blade.
      '23.4,48 28.4,51 31,57.4 28.4,62.4 24.4,60.9 21.6,54.4',
      // Latissimus dorsi, from the armpit around the flank to the lower back.
      '21.4,61! 27.6,63 32,65.4 35.4,70 36.6,77 35.6,84 31.4,88.4 27.4,87 27.2,80 26.3,72.2 25.2,66.2',
    ],
    'lower-back': [
      // Erector spinae, the two columns beside the lumbar spine.
      '39.2,73! 37,76.6 35.4,84 35.4,92 37.2,97.6 39.2,98.8!',
    ],
    obliques: [
      // The external oblique at the flank, between the latissimus and the hip bone.
      '27.2,80.6 30.2,87.8 27.8,90.4 26.1,88.8 26.9,84.7',
    ],
    'hip-abductors': [
      // Gluteus medius, above and outside the gluteus maximus.
      '25.8,89.4 31.4,88.8 34.4,92 29.8,96.4 25.2,99.6 23.6,96',
    ],
    quadriceps: [
      // Vastus lateralis, seen on the outside of the thigh.
      '22.8,111.6 25.6,114.6 26,124 26.6,135.6! 24.8,131.6 23.1,123 22.3,116',
    ],
    'hip-adductors': [
      // Adductor magnus and gracilis, on the inside of the back of the thigh.
      '35.4,116.6 38.3,115! 38,121.6 37.4,129 36.7,137.4! 36,130 35.9,123',
    ],
    hamstrings: [
      // Biceps femoris on the outside, semitendinosus and semimembranosus on the inside.
      '30.6,115 32,118.4 31.4,126 29.6,134 28.2,142.8! 26.4,137 25.8,128 26.4,119.4 28.2,116.2',
      '32.2,115.6 34.8,116.8 35.5,124.6 35.6,134 35.2,142.8! 33.4,136.6 32,127.6 31.8,120.4',
    ],
    glutes: [
      // Gluteus maximus.
      '39.2,96.8! 33.4,93.4 28.2,97 24,102 23.4,108.6 27,113.6 33,115.2 37.4,114 38.6,111.6!',
    ],
    calves: [
      // Gastrocnemius: the outer and the inner head.
      '26.8,144.2 30.6,146.4 31.1,155.6 30.6,165.8! 27.2,161.4 25.6,153.4',
      '32.2,146 36.8,145 37.9,152.2 37.6,160.8 33.8,167.8! 32,158.6',
    ],
    soleus: [
      // Soleus, showing below and beside the two heads of the gastrocnemius.
      '25.8,157.6 26.7,165 29.6,175.6 32,181.4! 34.6,176.4 36.8,166.9 37.7,159.9 35.4,166.6 32.2,168.6 29,166.8',
    ],
    'shoulders-arms': [
      // Rear deltoid, triceps and the forearm extensors.
      '21.2,43.6 16.2,45.6 14.1,50.6 14.2,56.2 16.4,60.2! 20,54.6 23.4,48.4',
      '12.8,59.2 16,59.6 16.8,64.4 15.8,70.6 14.4,74.6! 11.6,70 11.9,64.5',
      '17.4,59.4 20.6,61.8 20,66.3 18.5,72.2 16.4,76.4! 15.8,71 16.6,64.4',
      '9.8,78.8 13,79.4 16.8,81.6 15.4,89.9 12.9,98.6 10.6,102.2! 8.2,95.2 8.1,86.2',
    ],
  },
};

/**
 * Muscles that no muscle key names (neck, serratus, shin and forearm detail): always drawn as
 * unworked, so the body reads as an anatomy plate rather than a few floating shapes.
 */
const DETAIL: Record<View, readonly string[]> = {
  front: [
    // Sternocleidomastoid.
    '34.6,28.6! 36.2,32 38.4,40.2 39,43.8! 37.2,42.6 34.8,34.6',
    // Serratus anterior.
    '24.2,55.8 25.8,58.6 27.2,62.4 25.6,63.8 24.6,60.6',
    // Peroneus longus, on the outside of the shin.
    '26.5,147 27.2,152 27.8,162 28.6,170 29.2,175.6! 27.4,168.6 26.2,161 25.9,154',
  ],
  back: [],
};

/**
 * The signed area of the polygon through an outline's points (shoelace formula): positive when
 * the points run clockwise on screen (y points down).
 */
function signedArea(points: Outline): number {
  let twice = 0;
  points.forEach((point, index) => {
    const next = points[(index + 1) % points.length]!;
    twice += point.x * next.y - next.x * point.y;
  });
  return twice / 2;
}

/** A number with at most one decimal, without a leading zero ("0.5" -> ".5"). */
function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Numbers joined as SVG path data needs them: a minus sign or a leading dot is a separator. */
function joinNumbers(values: readonly number[]): string {
  return values.reduce<string>((text, value, index) => {
    const next = formatNumber(value);
    if (index === 0) return next;
    const needsSpace = !next.startsWith('-') && !(next.startsWith('.') && /\.\d*$/.test(text));
    return text + (needsSpace ? ' ' : '') + next;
  }, '');
}

/** Coordinates rounded to the 0.1 unit the path data is written in. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * One closed outline as path data: a smooth curve through the points, sharp at corners.
 *
 * The curve is a quadratic B-spline, because SVG writes one with two numbers per point: its
 * segments join at the midpoints of the control polygon, and the `t` command takes each next
 * control point as the mirror image of the last, which for a B-spline is exactly the next
 * control point. The control points are solved so that the curve passes through the outline's
 * points (the middle of each segment lies at (previous + 6 x own + next) / 8 of the control
 * points); a corner is a doubled control point, which the curve meets with a sharp bend.
 * Coordinates are relative and rounded to 0.1 unit; each endpoint is rounded so that the control
 * point it implies stays within 0.1 of the exact one, so rounding errors never add up.
 */
export function outlinePath(outline: Outline): string {
  // One winding direction for every outline, so overlapping outlines of one muscle (the
  // rhomboids under the trapezius) add up under the nonzero fill rule instead of cutting holes.
  const points = signedArea(outline) < 0 ? [...outline].reverse() : outline;
  const count = points.length;
  const solved = points.map((point) => ({ x: point.x, y: point.y }));
  for (let sweep = 0; sweep < 24; sweep++) {
    points.forEach((point, index) => {
      if (point.corner) return;
      const before = solved[(index + count - 1) % count]!;
      const after = solved[(index + 1) % count]!;
      solved[index] = {
        x: (8 * point.x - before.x - after.x) / 6,
        y: (8 * point.y - before.y - after.y) / 6,
      };
    });
  }
  const controls = solved.flatMap((control, index) =>
    points[index]!.corner ? [control, control] : [control],
  );
  const total = controls.length;
  const last = controls[total - 1]!;
  const first = controls[0]!;
  const start = { x: round((last.x + first.x) / 2), y: round((last.y + first.y) / 2) };
  let control = { x: round(first.x), y: round(first.y) };
  let current = start;
  const ends: number[] = [];
  for (let index = 0; index < total; index++) {
    const next = controls[(index + 1) % total]!;
    const end =
      index === total - 1
        ? start
        : { x: round((control.x + next.x) / 2), y: round((control.y + next.y) / 2) };
    ends.push(round(end.x - current.x), round(end.y - current.y));
    control = { x: round(2 * end.x - control.x), y: round(2 * end.y - control.y) };
    current = end;
  }
  const firstControl = [round(first.x) - start.x, round(first.y) - start.y];
  const move = joinNumbers([start.x, start.y]);
  const firstCurve = joinNumbers([...firstControl, ...ends.slice(0, 2)]);
  return `M${move}q${firstCurve}t${joinNumbers(ends.slice(2))}z`;
}

/** Several outlines as one path. */
const outlinesPath = (outlines: readonly Outline[]) => outlines.map(outlinePath).join('');

/** The left half of the body silhouette as path data (draw it twice: as is and mirrored). */
export const BODY_HALF_PATH = outlinePath(BODY_HALF);

/**
 * The picture's viewBox: both views, cropped to the silhouette with a small margin, so the body
 * fills the space it is given. Width and height double as the SVG's intrinsic size.
 */
export const MAP_BOX = (() => {
  const margin = 1;
  const left = Math.floor(Math.min(...BODY_HALF.map((point) => point.x)) - margin);
  const top = Math.floor(Math.min(...BODY_HALF.map((point) => point.y)) - margin);
  const bottom = Math.ceil(Math.max(...BODY_HALF.map((point) => point.y)) + margin);
  return { x: left, y: top, width: MAP_WIDTH - 2 * left, height: bottom - top };
})();

/** The SVG transform that mirrors a view's left half onto its right half. */
export const MIRROR = `matrix(-1 0 0 1 ${VIEW_WIDTH} 0)`;

/** Where a view sits in the picture: the front on the left, the back to its right. */
export function viewOffset(view: View): number {
  return view === 'front' ? 0 : VIEW_WIDTH + VIEW_GAP;
}

/** How strongly an exercise works a muscle. */
export type Emphasis = 'primary' | 'secondary' | 'none';

/**
 * The class that colours a muscle by emphasis (global.css: solid for primary, hatched and
 * outlined for secondary); unworked muscles take the group's colour.
 */
export const EMPHASIS_CLASS: Record<Emphasis, string | undefined> = {
  primary: 'mm-primary',
  secondary: 'mm-secondary',
  none: undefined,
};

/** One muscle's outlines in one view, as path data, with the emphasis to draw it in. */
export interface MapMuscle {
  muscle: Muscle;
  emphasis: Emphasis;
  /** EMPHASIS_CLASS of the emphasis. */
  className: string | undefined;
  /** Path data for the left half of the view (mirror it for the right half). */
  path: string;
}

/** Outlines of a view's unnamed muscles (left half), drawn as unworked. */
export function detailOutlines(view: View): Outline[] {
  return DETAIL[view].map(outline);
}

/** Path data for a view's unnamed muscles (left half). */
export function detailPath(view: View): string {
  return outlinesPath(detailOutlines(view));
}

/** Muscles drawn in a view, in painting order. */
export function musclesInView(view: View): Muscle[] {
  return Object.keys(OUTLINES[view]) as Muscle[];
}

/** The outlines of one muscle in one view (empty when the view does not show it). */
export function muscleOutlines(view: View, muscle: Muscle): Outline[] {
  return (OUTLINES[view][muscle] ?? []).map(outline);
}

/**
 * A view's muscles, each marked primary, secondary or none. A muscle listed as both counts as
 * primary. Unworked muscles are painted first and primary ones last, so a highlight is never
 * covered by a neighbour's outline.
 */
export function muscleMapView(
  view: View,
  primary: readonly Muscle[],
  secondary: readonly Muscle[],
): MapMuscle[] {
  const emphasisOf = (muscle: Muscle): Emphasis =>
    primary.includes(muscle) ? 'primary' : secondary.includes(muscle) ? 'secondary' : 'none';
  const order: Record<Emphasis, number> = { none: 0, secondary: 1, primary: 2 };
  return musclesInView(view)
    .map((muscle) => {
      const emphasis = emphasisOf(muscle);
      const path = outlinesPath(muscleOutlines(view, muscle));
      return { muscle, emphasis, className: EMPHASIS_CLASS[emphasis], path };
    })
    .sort((a, b) => order[a.emphasis] - order[b.emphasis]);
}

/**
 * The view that shows a muscle best (the larger drawn area): on the library's map, a muscle
 * drawn in both views is a keyboard stop only there, so each muscle is one stop, not two.
 */
export function mainView(muscle: Muscle): View | undefined {
  const area = (view: View) =>
    muscleOutlines(view, muscle).reduce((sum, points) => sum + Math.abs(signedArea(points)), 0);
  const [front, back] = [area('front'), area('back')];
  if (front === 0 && back === 0) return undefined;
  return front >= back ? 'front' : 'back';
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
