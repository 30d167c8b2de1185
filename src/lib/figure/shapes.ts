import {
  FOOT,
  HAND,
  HEAD,
  LENGTH,
  LIMB_PROFILE,
  SPACING,
  TRUNK_FRONT,
  TRUNK_SIDE,
  type Profile,
} from './body-model.ts';
import type { View } from './vocabulary.ts';

/**
 * The drawn shape of every body part, in the part's own frame: origin at its proximal joint,
 * +y along the part toward its distal end, +x toward its front (side view) or its outer side
 * (front view). Each shape comes with the circles that make up its skin, which the contact and
 * penetration checks use, so the checks test exactly what the reader sees.
 *
 * Outlines are closed Catmull-Rom splines through a few points, written as cubic Béziers with
 * one decimal: the same part always produces the same path text, so gzip stores it once however
 * many drawings of a page use it.
 */

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface Shape {
  /** SVG path data in the part's frame. */
  d: string;
  /** The skin as circles in the same frame. */
  circles: Circle[];
}

type Point = readonly [number, number];

/** A number with at most one decimal, in the shortest form SVG accepts ("-.5", "12"). */
export function fmt(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const text = String(rounded);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Numbers for path data: a space between them, none before a minus sign. */
export function joinNumbers(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    const text = fmt(value);
    out += out && !text.startsWith('-') ? ` ${text}` : text;
  }
  return out;
}

/**
 * A smooth closed outline through the points (a Catmull-Rom spline drawn as cubic Béziers),
 * written with relative commands: small numbers, and so short path data.
 */
export function closedSpline(points: readonly Point[], tension = 1): string {
  const n = points.length;
  const at = (index: number) => points[(index + n) % n]!;
  const round = (value: number) => Math.round(value * 10) / 10;
  let [x, y] = [round(points[0]![0]), round(points[0]![1])];
  let d = `M${joinNumbers([x, y])}c`;
  const values: number[] = [];
  for (let index = 0; index < n; index++) {
    const p0 = at(index - 1);
    const p1 = at(index);
    const p2 = at(index + 1);
    const p3 = at(index + 2);
    const k = tension / 6;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
    // Relative to the rounded current point, so rounding never accumulates along the outline.
    const end: Point = [round(p2[0]), round(p2[1])];
    values.push(c1[0] - x, c1[1] - y, c2[0] - x, c2[1] - y, end[0] - x, end[1] - y);
    [x, y] = end;
  }
  d += joinNumbers(values);
  return `${d}z`;
}

/** Half-widths of a profile at t (linear between its samples). */
function widthsAt(profile: Profile, t: number): [number, number] {
  for (let index = 1; index < profile.length; index++) {
    const [t1, f1, b1] = profile[index]!;
    const [t0, f0, b0] = profile[index - 1]!;
    if (t <= t1) {
      const k = (t - t0) / (t1 - t0 || 1);
      return [f0 + (f1 - f0) * k, b0 + (b1 - b0) * k];
    }
  }
  const last = profile[profile.length - 1]!;
  return [last[1], last[2]];
}

/**
 * A limb: front side down the profile, a round cap at the distal end, back side up, a round cap
 * at the proximal end. `length` may be shorter than the segment when it points toward the reader.
 */
function limbShape(profile: Profile, length: number, mirrored: boolean): Shape {
  const sign = mirrored ? -1 : 1;
  const front: Point[] = [];
  const back: Point[] = [];
  // The outline goes through the first, the widest and the last sample on each side; the
  // spline rounds the rest (the circles below keep every sample, for the checks).
  const outline = profile.filter((_, index) => index !== 2);
  for (const [t] of outline) {
    const [f, b] = widthsAt(profile, t);
    front.push([sign * f, t * length]);
    back.push([-sign * b, t * length]);
  }
  const [fEnd, bEnd] = widthsAt(profile, 1);
  const [fStart, bStart] = widthsAt(profile, 0);
  const endCentre = (sign * (fEnd - bEnd)) / 2;
  const endRadius = (fEnd + bEnd) / 2;
  const startCentre = (sign * (fStart - bStart)) / 2;
  const startRadius = (fStart + bStart) / 2;
  const points: Point[] = [
    ...front,
    [endCentre, length + endRadius * 0.92],
    ...back.reverse(),
    [startCentre, -startRadius * 0.92],
  ];
  const circles: Circle[] = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const [f, b] = widthsAt(profile, t);
    return { x: (sign * (f - b)) / 2, y: t * length, r: (f + b) / 2 };
  });
  return { d: closedSpline(points), circles };
}

/** The trunk, from below the hip joint to the top of the shoulders (+y toward the shoulders). */
function trunkShape(view: View, length: number, mirrored: boolean): Shape {
  const sign = mirrored ? -1 : 1;
  const squeeze = length / LENGTH.trunk;
  if (view === 'side') {
    // The outline skips rows the spline passes smoothly anyway (the checks use every row).
    const rows = TRUNK_SIDE.filter((_, index) => ![3, 5, 8, 10].includes(index));
    const front = rows.map(([up, f]) => [sign * f, up * squeeze] as Point);
    const back = rows.map(([up, , b]) => [sign * b, up * squeeze] as Point).reverse();
    // Two circles per row, one under each surface: the skin is what touches a bench or the floor.
    const circles = TRUNK_SIDE.flatMap(([up, f, b]) => {
      const r = Math.min(3, (f - b) / 2);
      return [
        { x: sign * (f - r), y: up * squeeze, r },
        { x: sign * (b + r), y: up * squeeze, r },
      ];
    });
    return { d: closedSpline([...front, ...back]), circles };
  }
  const right = TRUNK_FRONT.map(([up, half]) => [half, up * squeeze] as Point);
  const left = TRUNK_FRONT.map(([up, half]) => [-half, up * squeeze] as Point).reverse();
  const circles = TRUNK_FRONT.flatMap(([up, half]) => {
    const r = Math.min(half, 4.5);
    return [
      { x: half - r, y: up * squeeze, r },
      { x: -(half - r), y: up * squeeze, r },
    ];
  });
  return { d: closedSpline([...right, ...left]), circles };
}

/** The neck: a column from inside the shoulders to the back of the head (+y toward the head). */
function neckShape(mirrored: boolean): Shape {
  const sign = mirrored ? -1 : 1;
  const r = HEAD.neck;
  const top = SPACING.neckBase + SPACING.headCentre * 0.7;
  const points: Point[] = [
    [r * 1.15, -1],
    [r * 0.9, top * 0.55],
    [r * 0.55, top],
    [-r * 0.6, top + r * 0.6],
    [-r * 1.05, top * 0.5],
    [-r * 1.3, -1],
  ];
  return {
    d: closedSpline(points.map(([x, y]) => [sign * x, y])),
    circles: [{ x: sign * -0.3, y: top * 0.6, r }],
  };
}

/** The head, +y up from its centre (about the ear), +x toward the face. */
function headShape(view: View, mirrored: boolean): Shape {
  const sign = mirrored ? -1 : 1;
  if (view === 'side') {
    const points: Point[] = [
      [-5.2, 1],
      [-4.3, 4.7],
      [-1.2, 6.7],
      [2.4, 6.3],
      [4.9, 3.9],
      [5.8, 0.7],
      [5.3, -2.6],
      [3.3, -5.9],
      [0.4, -5.6],
      [-3.1, -3.3],
    ];
    return {
      d: closedSpline(points.map(([x, y]) => [sign * x, y])),
      circles: [
        { x: 0, y: 0.6, r: 5.3 },
        { x: sign * 2.6, y: -2.6, r: 3.2 },
      ],
    };
  }
  const w = HEAD.frontWidth;
  const points: Point[] = [
    [0, 6.7],
    [w * 0.88, 4.5],
    [w, 0.6],
    [w * 0.8, -3.6],
    [w * 0.36, -6.1],
    [-w * 0.36, -6.1],
    [-w * 0.8, -3.6],
    [-w, 0.6],
    [-w * 0.88, 4.5],
  ];
  return { d: closedSpline(points), circles: [{ x: 0, y: 0.3, r: 5.4 }] };
}

/**
 * The foot seen from the side, from the ankle joint (+y down toward the sole, +x toward the
 * toes), without the toes (a part of their own, so they can bend at the ball of the foot).
 */
function footShape(mirrored: boolean, withToes: boolean): Shape {
  const sign = mirrored ? -1 : 1;
  const sole = LENGTH.ankleHeight;
  // Without separate toes (a figure whose toes never bend) the outline runs on to the toe tip.
  const front: Point[] = withToes
    ? [
        [SPACING.ball + SPACING.toes - 0.2, sole - 0.35],
        [SPACING.ball + SPACING.toes + 0.5, sole - 1.2],
        [SPACING.ball + 1, sole - 2.5],
      ]
    : [
        [SPACING.ball + 1.3, sole - 1.1],
        [SPACING.ball + 0.4, sole - 2.5],
      ];
  const points: Point[] = [
    [-1.9, -1.6],
    [-3.7, 1.4],
    [-3.2, sole - 0.2],
    [-1.2, sole],
    [4, sole - 0.15],
    [SPACING.ball, sole],
    ...front,
    [4.4, 0.9],
    [1.9, -1.2],
  ];
  const circles = footCircles(sign);
  if (withToes) {
    circles.push({
      x: sign * (SPACING.ball + SPACING.toes),
      y: sole - FOOT.toeRadius - 0.3,
      r: FOOT.toeRadius,
    });
  }
  return { d: closedSpline(points.map(([x, y]) => [sign * x, y])), circles };
}

/** The foot's skin circles: heel, middle, ball (all resting on the sole line) and the instep. */
function footCircles(sign: number): Circle[] {
  const sole = LENGTH.ankleHeight;
  return [
    { x: sign * -SPACING.heelBack * 0.55, y: sole - FOOT.heelRadius, r: FOOT.heelRadius },
    { x: sign * 3.5, y: sole - FOOT.ballRadius, r: FOOT.ballRadius },
    { x: sign * SPACING.ball, y: sole - FOOT.ballRadius, r: FOOT.ballRadius },
    { x: sign * 4.2, y: 1.9, r: 1.6 },
  ];
}

/** The foot seen from the front (pointing at the reader), from the ankle joint, +y down. */
function footFrontShape(): Shape {
  const sole = LENGTH.ankleHeight;
  const points: Point[] = [
    [-2, -1],
    [-2.9, 2],
    [-2.6, sole],
    [2.8, sole],
    [3.2, 2],
    [2.1, -1],
  ];
  return {
    d: closedSpline(points),
    circles: [
      { x: -1.2, y: sole - 1.4, r: 1.4 },
      { x: 1.4, y: sole - 1.4, r: 1.4 },
    ],
  };
}

/** The toes, from the ball of the foot (+y toward the tips). */
function toesShape(): Shape {
  const r0 = FOOT.ballRadius;
  const r1 = FOOT.toeRadius;
  const length = SPACING.toes;
  const points: Point[] = [
    [r0, 0],
    [r1, length],
    [0, length + r1],
    [-r1, length],
    [-r0, 0],
    [0, -r0],
  ];
  return {
    d: closedSpline(points),
    circles: [
      { x: 0, y: 0, r: r0 },
      { x: 0, y: length, r: r1 },
    ],
  };
}

/** A closed hand around a handle, from the wrist (+y along the forearm). */
function fistShape(): Shape {
  const w = HAND.width;
  const l = HAND.fistLength;
  const points: Point[] = [
    [w * 0.8, -0.3],
    [w * 1.15, l * 0.45],
    [w * 0.75, l * 0.95],
    [-w * 0.2, l * 1.08],
    [-w * 1.05, l * 0.7],
    [-w * 0.95, l * 0.1],
  ];
  return { d: closedSpline(points), circles: [{ x: 0, y: l * 0.5, r: w * 1.05 }] };
}

/** An open hand, palm flat, from the wrist (+y toward the fingertips, +x the back of the hand). */
function palmShape(): Shape {
  const l = HAND.palmLength;
  const points: Point[] = [
    [1.3, 0],
    [1.5, l * 0.45],
    [0.9, l * 0.98],
    [0, l + 0.5],
    [-0.9, l * 0.9],
    [-1, l * 0.35],
    [-1.1, 0],
  ];
  return {
    d: closedSpline(points),
    circles: [
      { x: 0.2, y: 1, r: 1.2 },
      { x: 0.2, y: l * 0.5, r: 1.2 },
      { x: 0, y: l - 0.6, r: 1 },
    ],
  };
}

/** A fist seen end-on (the forearm points at the reader), centred on the fist. */
function fistEndShape(): Shape {
  const r = HAND.width * 1.1;
  const points: Point[] = [
    [0, -r],
    [r, 0],
    [0, r],
    [-r, 0],
  ];
  return { d: closedSpline(points, 1.1), circles: [{ x: 0, y: 0, r }] };
}

export type ShapeKey =
  | 'fistEnd'
  | 'footToes'
  | 'trunk'
  | 'neck'
  | 'head'
  | 'thigh'
  | 'shank'
  | 'upperArm'
  | 'forearm'
  | 'foot'
  | 'toes'
  | 'fist'
  | 'palm';

const cache = new Map<string, Shape>();

/** A part's shape for a view, optionally mirrored and shortened (foreshortened limbs). */
export function shapeOf(key: ShapeKey, view: View, mirrored: boolean, length?: number): Shape {
  const id = `${key}/${view}/${mirrored}/${length === undefined ? '' : fmt(length)}`;
  const cached = cache.get(id);
  if (cached) return cached;
  const shape = buildShape(key, view, mirrored, length);
  cache.set(id, shape);
  return shape;
}

function buildShape(key: ShapeKey, view: View, mirrored: boolean, length?: number): Shape {
  switch (key) {
    case 'trunk':
      return trunkShape(view, length ?? LENGTH.trunk, mirrored);
    case 'neck':
      return neckShape(mirrored);
    case 'head':
      return headShape(view, mirrored);
    case 'thigh':
    case 'shank':
    case 'upperArm':
    case 'forearm':
      return limbShape(LIMB_PROFILE[key][view], length ?? LENGTH[key], mirrored);
    case 'foot':
      return view === 'side' ? footShape(mirrored, false) : footFrontShape();
    case 'footToes':
      return view === 'side' ? footShape(mirrored, true) : footFrontShape();
    case 'toes':
      return toesShape();
    case 'fist':
      return fistShape();
    case 'palm':
      return palmShape();
    case 'fistEnd':
      return fistEndShape();
  }
}
