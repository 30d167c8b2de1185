import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BODY_HALF,
  BODY_HALF_PATH,
  EMPHASIS_CLASS,
  MIDLINE,
  VIEWS,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  detailOutlines,
  detailPath,
  mainView,
  muscleMapDescription,
  muscleMapView,
  muscleOutlines,
  musclesInView,
  outline,
  outlinePath,
  type Outline,
} from '../../src/lib/muscle-map';
import { MUSCLE_KEYS } from '../../src/lib/taxonomy';

type Point = { x: number; y: number };

/**
 * Reads path data as written by outlinePath (M, then relative q and t, then z) and returns, per
 * subpath, the start, middle and end of every curve segment, so a test can check where the drawn
 * curve really goes.
 */
function curvePoints(path: string): Point[][] {
  return path
    .split(/(?=M)/)
    .filter(Boolean)
    .map((subpath) => {
      const match = /^M([^q]+)q([^t]+)t([^z]*)z$/.exec(subpath);
      if (!match) throw new Error(`unexpected path data: ${subpath}`);
      const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      const [startX, startY] = numbers(match[1]!);
      const [controlDx, controlDy, ...firstEnd] = numbers(match[2]!);
      const ends = [...firstEnd, ...numbers(match[3]!)];
      let current = { x: startX!, y: startY! };
      let control = { x: current.x + controlDx!, y: current.y + controlDy! };
      const middles: Point[] = [];
      for (let index = 0; index < ends.length; index += 2) {
        const end = { x: current.x + ends[index]!, y: current.y + ends[index + 1]! };
        middles.push(current, {
          x: (current.x + 2 * control.x + end.x) / 4,
          y: (current.y + 2 * control.y + end.y) / 4,
        });
        control = { x: 2 * end.x - control.x, y: 2 * end.y - control.y };
        current = end;
      }
      return middles;
    });
}

/** The whole silhouette as a polygon: the left half and its mirror image. */
const silhouette: Point[] = [
  ...BODY_HALF,
  ...[...BODY_HALF].reverse().map((point) => ({ x: 2 * MIDLINE - point.x, y: point.y })),
];

/** Even-odd ray casting. */
function insidePolygon(point: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let index = 0, previous = polygon.length - 1; index < polygon.length; previous = index++) {
    const a = polygon[index]!;
    const b = polygon[previous]!;
    if (a.y > point.y !== b.y > point.y) {
      const crossingX = a.x + ((point.y - a.y) * (b.x - a.x)) / (b.y - a.y);
      if (point.x < crossingX) inside = !inside;
    }
  }
  return inside;
}

const allOutlines = VIEWS.flatMap((view) => [
  ...musclesInView(view).flatMap((muscle) =>
    muscleOutlines(view, muscle).map((shape, index) => ({ view, muscle, index, shape })),
  ),
  ...detailOutlines(view).map((shape, index) => ({ view, muscle: 'detail', index, shape })),
]);

describe('muscle map data', () => {
  it('draws every muscle key in at least one view', () => {
    for (const muscle of MUSCLE_KEYS) {
      const outlines = VIEWS.flatMap((view) => muscleOutlines(view, muscle));
      expect(outlines.length, muscle).toBeGreaterThan(0);
    }
  });

  it('draws no muscle the vocabulary does not know', () => {
    for (const view of VIEWS) {
      for (const muscle of musclesInView(view)) expect(MUSCLE_KEYS).toContain(muscle);
    }
  });

  it('keeps the silhouette inside the view, on the left of the midline, from crown to soles', () => {
    const xs = BODY_HALF.map((point) => point.x);
    const ys = BODY_HALF.map((point) => point.y);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MIDLINE + 0.5);
    expect(Math.min(...ys)).toBeGreaterThan(0);
    expect(Math.max(...ys)).toBeLessThan(VIEW_HEIGHT);
    // Standing height 186 units: the proportions in the module comment are fractions of it.
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(187, 0);
    expect(VIEW_WIDTH).toBe(2 * MIDLINE);
  });

  it.each(allOutlines.map((entry) => [`${entry.view} ${entry.muscle} #${entry.index}`, entry]))(
    '%s lies inside the silhouette and its bounding box',
    (_name, { shape }) => {
      const xs = silhouette.map((point) => point.x);
      const ys = silhouette.map((point) => point.y);
      for (const point of shape) {
        expect(point.x).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(point.x).toBeLessThanOrEqual(MIDLINE);
        expect(point.y).toBeGreaterThanOrEqual(Math.min(...ys));
        expect(point.y).toBeLessThanOrEqual(Math.max(...ys));
        expect(insidePolygon(point, silhouette), `${point.x},${point.y}`).toBe(true);
      }
    },
  );

  it('shows each muscle best in the view that draws most of it', () => {
    expect(mainView('calves')).toBe('back');
    expect(mainView('hamstrings')).toBe('back');
    expect(mainView('quadriceps')).toBe('front');
    expect(mainView('foot')).toBe('front');
  });
});

describe('outline notation', () => {
  it('reads points and corners', () => {
    expect(outline('1,2 3.5,4! 5,6')).toEqual([
      { x: 1, y: 2, corner: false },
      { x: 3.5, y: 4, corner: true },
      { x: 5, y: 6, corner: false },
    ]);
  });

  it.each(['1,2 3;4', '1 2', '1,2,3'])('rejects %j, naming the bad point', (text) => {
    expect(() => outline(text)).toThrow(/is not a point like "12.5,40"/);
  });
});

describe('outlinePath', () => {
  const shapes: [string, Outline][] = [
    ['the silhouette', BODY_HALF],
    ...allOutlines.map(({ view, muscle, index, shape }): [string, Outline] => [
      `${view} ${muscle} #${index}`,
      shape,
    ]),
  ];

  it.each(shapes)('%s: the curve passes within 0.15 units of every point', (_name, shape) => {
    const [middles] = curvePoints(outlinePath(shape));
    for (const point of shape) {
      const nearest = Math.min(
        ...middles!.map((middle) => Math.hypot(middle.x - point.x, middle.y - point.y)),
      );
      expect(nearest, `${point.x},${point.y}`).toBeLessThan(0.15);
    }
  });

  it('writes numbers with at most one decimal and no leading zero', () => {
    const paths = [
      BODY_HALF_PATH,
      ...VIEWS.map(detailPath),
      ...VIEWS.flatMap((view) => muscleMapView(view, [], []).map((entry) => entry.path)),
    ];
    for (const path of paths) {
      expect(path).not.toMatch(/\d\.\d\d/);
      expect(path).not.toMatch(/(^|[^\d])0\.\d/);
    }
  });

  it('draws every outline in the same direction, so overlapping outlines do not cut holes', () => {
    const clockwise = outlinePath(outline('0,0 10,0 10,10 0,10'));
    const anticlockwise = outlinePath(outline('0,10 10,10 10,0 0,0'));
    const area = (path: string) => {
      const [middles] = curvePoints(path);
      return middles!.reduce((sum, point, index) => {
        const next = middles![(index + 1) % middles!.length]!;
        return sum + point.x * next.y - next.x * point.y;
      }, 0);
    };
    expect(Math.sign(area(clockwise))).toBe(Math.sign(area(anticlockwise)));
  });

  it('bends sharply at a corner and smoothly elsewhere', () => {
    // A corner point is passed through exactly; a smooth one is rounded past.
    const path = outlinePath(outline('0,0! 10,0 10,10 0,10'));
    expect(path.startsWith('M')).toBe(true);
    const [middles] = curvePoints(path);
    expect(middles!.some((point) => point.x === 0 && point.y === 0)).toBe(true);
  });
});

describe('muscleMapView', () => {
  const gobletSquat = (view: 'front' | 'back') =>
    muscleMapView(view, ['quadriceps', 'glutes'], ['hip-adductors', 'abdominals']);

  it.each([
    ['front', 'quadriceps', 'primary', 'mm-primary'],
    ['front', 'hip-adductors', 'secondary', 'mm-secondary'],
    ['front', 'abdominals', 'secondary', 'mm-secondary'],
    ['front', 'chest', 'none', undefined],
    ['back', 'glutes', 'primary', 'mm-primary'],
    ['back', 'hamstrings', 'none', undefined],
  ] as const)('%s view of a goblet squat: %s is %s', (view, muscle, emphasis, className) => {
    const entry = gobletSquat(view).find((item) => item.muscle === muscle);
    expect(entry?.emphasis).toBe(emphasis);
    expect(entry?.className).toBe(className);
  });

  it('paints unworked muscles first and primary ones last', () => {
    const order = gobletSquat('front').map((entry) => entry.emphasis);
    expect(order.at(-1)).toBe('primary');
    expect(order.indexOf('secondary')).toBeGreaterThan(order.lastIndexOf('none'));
    expect(order.lastIndexOf('secondary')).toBeLessThan(order.indexOf('primary'));
  });

  it('a muscle listed as both primary and secondary counts as primary', () => {
    const glutes = muscleMapView('back', ['glutes'], ['glutes']).find(
      (entry) => entry.muscle === 'glutes',
    );
    expect(glutes?.emphasis).toBe('primary');
  });

  it('the map stylesheet colours both emphasis classes, from the map colour tokens', () => {
    const css = readFileSync('src/components/MuscleMap.css', 'utf8');
    expect(css).toMatch(
      new RegExp(`\\.${EMPHASIS_CLASS.primary} \\{\\s*fill: var\\(--sm-map-primary\\)`),
    );
    expect(css).toMatch(
      new RegExp(
        `\\.${EMPHASIS_CLASS.secondary} \\{\\s*fill: url\\(#mm-hatch\\);\\s*stroke: var\\(--sm-map-secondary\\)`,
      ),
    );
  });
});

describe('muscleMapDescription', () => {
  it.each([
    [
      ['quadriceps', 'glutes'],
      ['hip-adductors', 'abdominals'],
      'Mainly works the quadriceps and glutes; also works the hip adductors and abdominals.',
    ],
    [['calves'], [], 'Mainly works the calves.'],
    [
      ['hamstrings', 'glutes', 'lower-back'],
      ['foot'],
      'Mainly works the hamstrings, glutes and lower back; also works the foot.',
    ],
  ] as const)('describes %j / %j in words', (primary, secondary, text) => {
    expect(muscleMapDescription(primary, secondary)).toBe(text);
  });
});
