import type { Position } from '../../schemas/pose.ts';
import { animatedFigure } from './animation.ts';
import { describeMovement, describePosition } from './describe.ts';
import { project, type Vec2 } from './kinematics.ts';
import { skinOf } from './parts.ts';
import { buildScene, type Placed, type Scene } from './scene.ts';
import {
  arrowMarkup,
  groundMarkup,
  paintRules,
  sceneBox,
  stillBody,
  supportMarkup,
  viewBoxText,
  type Box,
  type Palette,
} from './svg.ts';

export { figureProblems, type FigureSource } from './checks.ts';
export type { Palette } from './svg.ts';

/**
 * An exercise's drawn figures, from its `positions:` data: one still per position (each with its
 * cue and a text alternative), an animated figure that moves through them with CSS only, and a
 * small drawing for lists. Pure: data in, markup out; the build checks the data first
 * (figureProblems) and stops on any problem.
 */

export interface FigureInput {
  name: string;
  cues: readonly string[];
  positions: readonly Position[];
}

export interface FigureStill {
  /** The position's name: the still's data-pose value. */
  name: string;
  label: string;
  /** The cue this position shows (its text and its 1-based number). */
  cue: { number: number; text: string };
  /** What the drawing shows, in words. */
  description: string;
  /** The drawing (an <svg> element, decorative: the description labels its figure). */
  svg: string;
  /**
   * The same drawing made from the animated figure paused at this position, for a page that
   * carries the animation's CSS: it shares its markup with the moving figure, so it costs the
   * page almost nothing. Without that CSS it would show nothing right: use `svg` there.
   */
  live: string;
}

export interface FigureSet {
  view: Position['view'];
  stills: FigureStill[];
  /** The moving figure: an <svg> element and the CSS that animates it (page <head>). */
  animation: { svg: string; css: string; seconds: number };
  /** The whole movement in words, from the first position to the last. */
  summary: string;
  /** The position that shows the exercise best on its own (lists, the social card). */
  key: string;
  width: number;
  height: number;
}

/** Pixel size the SVG attributes give a drawing (CSS scales it; this fixes its aspect ratio). */
const PIXELS_PER_UNIT = 2.4;

function svgElement(box: Box, body: string, className: string, palette?: Palette): string {
  const width = Math.round(box.width * PIXELS_PER_UNIT);
  const height = Math.round(box.height * PIXELS_PER_UNIT);
  const namespace = palette ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return `<svg${namespace} viewBox="${viewBoxText(box)}" width="${width}" height="${height}" class="${className}" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** Floor, supports: the part of the picture that does not move. */
function setting(scene: Scene, box: Box, palette: Palette | undefined): string {
  return (
    groundMarkup(box, palette) +
    scene.supports.map((support) => supportMarkup(support, box, palette)).join('')
  );
}

/** The points whose movement an arrow can show, in SVG coordinates. */
function trackedPoints(placed: Placed, scene: Scene): Record<string, Vec2> {
  const at = (point: readonly [number, number, number]): Vec2 => {
    const p = project(point, scene.view);
    return { x: p.x + placed.pelvis.x, y: -(p.y + placed.pelvis.y) };
  };
  const body = placed.body;
  return {
    hips: { x: placed.pelvis.x, y: -placed.pelvis.y },
    hands: at(body.arms.near.wrist),
    feet: at(body.legs.near.ankle),
    otherHand: at(body.arms.far.wrist),
    otherFoot: at(body.legs.far.ankle),
  };
}

/** The arrow on a still: the point that moves most on the way to the next position. */
function arrowFor(scene: Scene, index: number, palette: Palette | undefined): string {
  const next = scene.positions[index + 1];
  if (!next) return '';
  const here = trackedPoints(scene.positions[index]!, scene);
  const there = trackedPoints(next, scene);
  // The hips when they travel (squats, hinges, bridges), else whatever moves most (a row's hand).
  const moved = (key: string) =>
    Math.hypot(there[key]!.x - here[key]!.x, there[key]!.y - here[key]!.y);
  let best = 'hips';
  let distance = moved('hips');
  if (distance < 6) {
    for (const key of Object.keys(here)) {
      if (moved(key) > distance + 0.5) {
        distance = moved(key);
        best = key;
      }
    }
  }
  if (distance < 4) return '';
  const from = here[best]!;
  const to = there[best]!;
  const ux = (to.x - from.x) / distance;
  const uy = (to.y - from.y) / distance;
  // Beside the path, on the side away from the body's centre, and clear of the body's outline.
  const placed = scene.positions[index]!;
  const centre = { x: placed.com.x, y: -placed.com.y };
  let nx = -uy;
  let ny = ux;
  if ((from.x - centre.x) * nx + (from.y - centre.y) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  const length = Math.min(Math.max(distance * 0.55, 7), 14);
  const skin = placed.parts
    .flatMap((p) => skinOf(p, scene.view))
    .map((c) => ({ x: c.x, y: -c.y, r: c.r }));
  const startOn = (side: 1 | -1): { start: Vec2; offset: number } => {
    let offset = 4;
    for (const c of skin) {
      const along = (c.x - from.x) * ux + (c.y - from.y) * uy;
      if (along < -c.r - 2 || along > length + c.r + 2) continue;
      offset = Math.max(offset, side * ((c.x - from.x) * nx + (c.y - from.y) * ny) + c.r + 3.5);
    }
    return { start: { x: from.x + side * nx * offset, y: from.y + side * ny * offset }, offset };
  };
  // An arrow must not cross the floor line (it would be drawn over the caption below the
  // picture): then it goes on the other side of the moving part if that is close by, or is left
  // out (the moving figure still shows the movement).
  const aboveFloor = ({ start }: { start: Vec2 }) => Math.max(start.y, start.y + uy * length) < -1;
  const start = [startOn(1), startOn(-1)].find(
    (candidate, index) => aboveFloor(candidate) && (index === 0 || candidate.offset < 25),
  )?.start;
  if (!start) return '';
  return arrowMarkup(start, { x: start.x + ux * length, y: start.y + uy * length }, palette);
}

/** The position that stands for the exercise on its own: the one furthest from standing. */
export function keyPosition(positions: readonly Position[]): number {
  const distance = (p: Position) =>
    Math.abs(p.trunk) +
    Math.abs(p.tilt) +
    (['near', 'far'] as const).reduce(
      (sum, side) =>
        sum +
        Math.abs(p.legs[side].hip) +
        Math.abs(p.legs[side].knee) +
        Math.abs(p.legs[side].abduction) +
        0.5 *
          (Math.abs(p.arms[side].shoulder) +
            Math.abs(p.arms[side].elbow) +
            Math.abs(p.arms[side].abduction)),
      0,
    );
  let best = 0;
  positions.forEach((position, index) => {
    if (distance(position) > distance(positions[best]!) + 1) best = index;
  });
  return best;
}

/** The figures of one exercise. `prefix` names the animation's classes (unique on a page). */
export function figureSet(
  input: FigureInput,
  options: { prefix?: string; palette?: Palette } = {},
): FigureSet {
  const scene = buildScene(input.positions);
  const box = sceneBox(scene);
  const back = setting(scene, box, options.palette);
  const animation = animatedFigure(scene, options.prefix ?? 'fa', options.palette);
  const stills = scene.positions.map((placed, index): FigureStill => {
    const arrow = arrowFor(scene, index, options.palette);
    const body = back + stillBody(scene, index, options.palette) + arrow;
    return {
      name: placed.position.name,
      label: placed.position.label,
      cue: { number: placed.position.cue, text: input.cues[placed.position.cue - 1] ?? '' },
      description: describePosition(placed, scene),
      svg: svgElement(box, body, 'fig-svg', options.palette),
      live: svgElement(box, back + animation.stills[index]! + arrow, 'fig-svg', options.palette),
    };
  });
  return {
    view: scene.view,
    stills,
    animation: {
      svg: svgElement(box, back + animation.markup, 'fig-svg', options.palette),
      css: animation.css,
      seconds: animation.seconds,
    },
    summary: `${input.name}, drawn from the ${scene.view} in ${stills.length} positions. ${describeMovement(scene)}`,
    key: input.positions[keyPosition(input.positions)]!.name,
    width: box.width,
    height: box.height,
  };
}

/** One position on its own, cropped to it: for lists and cards. */
export function positionSvg(
  input: FigureInput,
  name: string,
  options: { palette?: Palette } = {},
): string {
  const { box, body } = positionDrawing(input, name, false, options.palette);
  return svgElement(box, body, 'fig-svg', options.palette);
}

/**
 * One position as a stand-alone SVG file, with its arrow toward the next position: what an
 * article shows as an image. An image cannot read the page's custom properties, so the file
 * carries its own colours, light by default and dark under `prefers-color-scheme: dark`.
 * Browsers answer that query inside an image with the colour scheme of the <img> element
 * (Chromium and Firefox do), so the drawing follows the page's `color-scheme`: the reader's
 * system theme, the site's theme toggle and print (global.css sets all three).
 */
export function positionImage(
  input: FigureInput,
  name: string,
  themes: { light: Palette; dark: Palette },
  /** Display size: CSS px per body unit (a standing adult is about 100 units tall). */
  pixelsPerUnit: number,
): { svg: string; width: number; height: number } {
  const { box, body } = positionDrawing(input, name, true, undefined);
  const css = `${paintRules(themes.light)}@media (prefers-color-scheme:dark){${paintRules(themes.dark)}}`;
  const width = Math.round(box.width * pixelsPerUnit);
  const height = Math.round(box.height * pixelsPerUnit);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxText(box)}" width="${width}" height="${height}"><style>${css}</style>${body}</svg>`,
    width,
    height,
  };
}

function positionDrawing(
  input: FigureInput,
  name: string,
  withArrow: boolean,
  palette: Palette | undefined,
): { box: Box; body: string } {
  const scene = buildScene(input.positions);
  const index = Math.max(
    0,
    scene.positions.findIndex((placed) => placed.position.name === name),
  );
  const only: Scene = { ...scene, positions: [scene.positions[index]!] };
  const arrow = withArrow ? arrowFor(scene, index, palette) : '';
  const box = withPoints(sceneBox(only), pathPoints(arrow), 2);
  return { box, body: setting(scene, box, palette) + stillBody(scene, index, palette) + arrow };
}

/** The points of the paths in some markup (pairs of numbers in their `d` attributes). */
function pathPoints(markup: string): Vec2[] {
  const points: Vec2[] = [];
  for (const [, d] of markup.matchAll(/ d="([^"]*)"/g)) {
    const numbers = (d!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2)
      points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  }
  return points;
}

/** A box grown to hold some points, with a margin around them. */
function withPoints(box: Box, points: readonly Vec2[], margin: number): Box {
  if (!points.length) return box;
  const x0 = Math.min(box.x, ...points.map((p) => p.x - margin));
  const y0 = Math.min(box.y, ...points.map((p) => p.y - margin));
  const x1 = Math.max(box.x + box.width, ...points.map((p) => p.x + margin));
  const y1 = Math.max(box.y + box.height, ...points.map((p) => p.y + margin));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
