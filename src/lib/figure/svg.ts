import type { Layer, Part } from './parts.ts';
import { BAR_RADIUS, PLATE_RADIUS, type Gear, type PlacedSupport, type Scene } from './scene.ts';
import { fmt, joinNumbers, shapeOf } from './shapes.ts';
import type { View } from './vocabulary.ts';

/**
 * SVG markup for a figure: the floor, the supports, the body in layers (far limbs behind, in a
 * lighter tone; every layer outlined by a halo in the card's colour so overlapping limbs stay
 * readable), the equipment and an arrow for the coming movement. No style attributes (the
 * site's CSP forbids them): colours come from classes whose rules use the theme's custom
 * properties (src/components/figure.css), or, for images rendered outside a page (the Open
 * Graph card), from fixed colours passed in.
 */

/** The classes a figure uses, one per kind of paint. */
export const PAINT = {
  halo: 'fg-h',
  near: 'fg-n',
  far: 'fg-f',
  gear: 'fg-e',
  plate: 'fg-p',
  support: 'fg-s',
  mat: 'fg-m',
  ground: 'fg-g',
  arrow: 'fg-a',
  band: 'fg-b',
  handle: 'fg-k',
} as const;
export type Paint = keyof typeof PAINT;

/** Fixed colours for each paint, for pictures rendered without the site's stylesheet. */
export type Palette = Record<Paint, string>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Writes a paint as a class, or as fill/stroke attributes when a palette is given. */
export function paintAttr(paint: Paint, palette: Palette | undefined): string {
  if (!palette) return ` class="${PAINT[paint]}"`;
  const colour = palette[paint];
  switch (paint) {
    case 'halo':
      return ` fill="${colour}" stroke="${colour}" stroke-width="2.4" stroke-linejoin="round"`;
    case 'ground':
      return ` fill="none" stroke="${colour}" stroke-width=".8" stroke-linecap="round"`;
    case 'arrow':
      return ` fill="none" stroke="${colour}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"`;
    case 'plate':
      return ` fill="${colour}" fill-opacity=".16" stroke="${colour}" stroke-width="1.2"`;
    case 'band':
      return ` fill="none" stroke="${colour}" stroke-width="1.6" stroke-linecap="round"`;
    case 'handle':
      return ` fill="none" stroke="${colour}" stroke-width="1.6"`;
    case 'support':
    case 'mat':
      return ` fill="${colour}"`;
    default:
      return ` fill="${colour}"`;
  }
}

/**
 * CSS rules giving each paint's class one palette's colours: the same properties paintAttr
 * writes as attributes, so a drawing with classes looks the same as one with fixed colours.
 */
export function paintRules(palette: Palette): string {
  return (Object.keys(PAINT) as Paint[])
    .map((paint) => {
      const declarations = [...paintAttr(paint, palette).matchAll(/ ([a-z-]+)="([^"]*)"/g)]
        .map(([, property, value]) => `${property}:${value}`)
        .join(';');
      return `.${PAINT[paint]}{${declarations}}`;
    })
    .join('');
}

/** SVG transform of a part: its origin, then its rotation (y flipped for SVG). */
export function partTransform(p: Part): { x: number; y: number; angle: number } {
  return {
    x: p.origin.x,
    y: -p.origin.y,
    angle: (Math.atan2(-p.axis.x, -p.axis.y) * 180) / Math.PI,
  };
}

export const transformText = (t: { x: number; y: number; angle: number }): string =>
  `translate(${joinNumbers([t.x, t.y])})${Math.abs(t.angle) < 0.5 ? '' : `rotate(${Math.round(t.angle)})`}`;

/** The shape of a part as path data. */
export const partPath = (p: Part, view: View): string =>
  shapeOf(p.shape, view, p.mirrored, p.length).d;

/** Which tone a layer takes: far limbs lighter, all else the main tone. */
export const layerPaint = (layer: Layer, view: View): Paint =>
  view === 'side' && layer.startsWith('far-') ? 'far' : 'near';

/**
 * A group of layers drawn twice: a halo (fill and a wide stroke in the card colour) behind, then
 * the fill. Parts drawn in one group merge into one silhouette; a halo separates groups.
 */
export function layerMarkup(
  parts: readonly Part[],
  layers: readonly Layer[],
  view: View,
  palette: Palette | undefined,
  attributesOf: (p: Part) => string,
): string {
  const inGroup = layers.flatMap((layer) => parts.filter((p) => p.layer === layer));
  if (inGroup.length === 0) return '';
  const paths = inGroup.map((p) => `<path${attributesOf(p)} d="${partPath(p, view)}"/>`).join('');
  return haloAndFill(paths, layers, view, palette);
}

/**
 * The halo and the fill of a group. The backmost group (the far arm of a side view, the legs of
 * a front view) has nothing of the body behind it to be kept apart from, so it has no halo.
 */
function haloAndFill(
  paths: string,
  layers: readonly Layer[],
  view: View,
  palette: Palette | undefined,
): string {
  const backmost = view === 'side' ? layers[0] === 'far-arm' : layers[0] === 'far-leg';
  const fill = `<g${paintAttr(layerPaint(layers[0]!, view), palette)}>${paths}</g>`;
  return backmost ? fill : `<g${paintAttr('halo', palette)}>${paths}</g>${fill}`;
}

/** The part each part hangs from, for drawing a still's limbs as nested groups. */
const PARENT: Record<string, string> = {
  neck: 'trunk',
  head: 'neck',
  shank: 'thigh',
  foot: 'shank',
  toes: 'foot',
  forearm: 'upper-arm',
  hand: 'forearm',
};

function parentId(id: string): string | undefined {
  const side = /^(near|far)-/.exec(id)?.[1];
  const name = side ? id.slice(side.length + 1) : id;
  const parent = PARENT[name];
  return parent === undefined
    ? undefined
    : side && parent !== 'trunk'
      ? `${side}-${parent}`
      : parent;
}

/**
 * A still's group of layers as nested groups, child inside parent: a shin's place is written as
 * its offset and turn from the thigh ("translate(0 24.5)rotate(-90)"), which repeats from
 * drawing to drawing and compresses far better than a position on the page.
 */
export function nestedLayerMarkup(
  parts: readonly Part[],
  layers: readonly Layer[],
  view: View,
  palette: Palette | undefined,
): string {
  const inGroup = layers.flatMap((layer) => parts.filter((p) => p.layer === layer));
  if (inGroup.length === 0) return '';
  const ids = new Set(inGroup.map((p) => p.id));
  const children = (id: string | undefined) =>
    inGroup.filter((p) => {
      const parent = parentId(p.id);
      return id === undefined ? parent === undefined || !ids.has(parent) : parent === id;
    });
  const draw = (p: Part, parent: Part | undefined): string => {
    const own = partTransform(p);
    let place = own;
    if (parent) {
      const base = partTransform(parent);
      const turn = (-base.angle * Math.PI) / 180;
      const dx = own.x - base.x;
      const dy = own.y - base.y;
      place = {
        x: dx * Math.cos(turn) - dy * Math.sin(turn),
        y: dx * Math.sin(turn) + dy * Math.cos(turn),
        angle: own.angle - base.angle,
      };
    }
    const inner = children(p.id)
      .map((child) => draw(child, p))
      .join('');
    const angle = (((place.angle % 360) + 540) % 360) - 180;
    const transform = `translate(${joinNumbers([place.x, place.y])})${Math.abs(angle) < 0.05 ? '' : `rotate(${fmt(angle)})`}`;
    return inner
      ? `<g transform="${transform}"><path d="${partPath(p, view)}"/>${inner}</g>`
      : `<path transform="${transform}" d="${partPath(p, view)}"/>`;
  };
  const paths = children(undefined)
    .map((p) => draw(p, undefined))
    .join('');
  return haloAndFill(paths, layers, view, palette);
}

/**
 * The stacking order, back to front, in groups that share one outline. The near leg merges with
 * the trunk (the hip's outline then comes from the pelvis, with no seam) unless the thigh is
 * raised forward across the body (a squat's bottom, a knee drive), where it is drawn in front of
 * the belly with its own outline.
 */
export function layerGroups(view: View, nearLegInFront: boolean): readonly (readonly Layer[])[] {
  if (view === 'front') return [['far-leg'], ['body'], ['near-arm']];
  return nearLegInFront
    ? [['far-arm'], ['far-leg'], ['body'], ['near-leg'], ['near-arm']]
    : [['far-arm'], ['far-leg'], ['near-leg', 'body'], ['near-arm']];
}

/** Whether a position raises the near thigh forward across the trunk. */
export const thighAcrossBody = (position: { legs: { near: { hip: number } } }): boolean =>
  position.legs.near.hip > 55;

const r1 = fmt;

/** A rectangle with rounded corners. */
const rect = (x: number, y: number, width: number, height: number, radius: number, attr: string) =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(width)}" height="${r1(height)}" rx="${r1(radius)}"${attr}/>`;

/** A support drawn behind the figure. */
export function supportMarkup(
  support: PlacedSupport,
  box: Box,
  palette: Palette | undefined,
): string {
  const s = paintAttr('support', palette);
  const e = paintAttr('gear', palette);
  const top = -support.top;
  switch (support.support) {
    case 'floor':
      return '';
    case 'mat':
      return rect(support.x0, -0.7, support.x1 - support.x0, 0.7, 0.35, paintAttr('mat', palette));
    case 'pad':
      return rect(
        support.x0,
        top,
        support.x1 - support.x0,
        support.top,
        1,
        paintAttr('mat', palette),
      );
    case 'step':
    case 'box':
      return rect(support.x0, top, support.x1 - support.x0, support.top + 0.2, 1.2, s);
    case 'bench': {
      const width = support.x1 - support.x0;
      const centre = (support.x0 + support.x1) / 2;
      const legs = width > 40 ? [support.x0 + 5, support.x1 - 5] : [centre];
      return (
        legs.map((x) => rect(x - 1.6, top + 3, 3.2, support.top - 3.5, 0.6, s)).join('') +
        legs.map((x) => rect(x - 6, -1.2, 12, 1.2, 0.6, s)).join('') +
        rect(support.x0, top, width, 3.6, 1.4, e)
      );
    }
    case 'wall': {
      const x = support.facing > 0 ? support.x0 - 4 : support.x0;
      return rect(x, box.y - 2, 4, -box.y + 2.4, 0, s);
    }
    case 'bar':
      return `<path d="M${joinNumbers([support.cx, -support.cy])}V${fmt(box.y - 2)}"${paintAttr('ground', palette)}/><circle cx="${r1(support.cx)}" cy="${r1(-support.cy)}" r="${r1(support.r)}"${e}/>`;
    case 'low-bar':
      return (
        rect(support.cx - 1.6, -support.cy - 6, 3.2, support.cy + 6, 0.6, s) +
        `<circle cx="${r1(support.cx)}" cy="${r1(-support.cy)}" r="${r1(support.r)}"${e}/>`
      );
    case 'anchor':
      return (
        rect(support.cx - 1, -support.cy, 2, support.cy, 0.5, s) +
        `<circle cx="${r1(support.cx)}" cy="${r1(-support.cy)}" r="${r1(support.r)}"${e}/>`
      );
  }
}

/**
 * Equipment held in the hands, drawn around its own origin (the handle), so the animation can
 * move it with one transform. Returns the markup and whether it goes in front of the near arm.
 */
export function gearShape(gear: Gear, palette: Palette | undefined): string {
  const e = paintAttr('gear', palette);
  const p = paintAttr('plate', palette);
  switch (gear.kind) {
    case 'barbell':
      return `<circle r="${r1(PLATE_RADIUS)}"${p}/><circle r="3"${e}/><circle r="${r1(BAR_RADIUS)}"${paintAttr('halo', palette)}/>`;
    case 'trap-bar':
      return `<circle r="${r1(PLATE_RADIUS)}"${p}/>${rect(-17, -1.2, 34, 2.4, 1.2, e)}<circle r="2.4"${e}/>`;
    case 'kettlebell':
      // A 16 kg bell (about 21 cm across, 28 cm tall) hanging from its handle, held at the origin.
      return `<path d="M-3.6 6.8C-4.6 1.6-3 -1.4 0 -1.4S4.6 1.6 3.6 6.8"${paintAttr('handle', palette)}/><path d="M-4.6 17.4C-7.6 15.8-8.3 10.6-6.1 7.4C-4.5 5.2-2.4 4.4 0 4.4S4.5 5.2 6.1 7.4C8.3 10.6 7.6 15.8 4.6 17.4Z"${e}/>`;
    case 'dumbbell':
      return `${rect(-4.4, -0.9, 8.8, 1.8, 0.9, e)}${rect(-8.6, -3.3, 4.4, 6.6, 1.3, e)}${rect(4.2, -3.3, 4.4, 6.6, 1.3, e)}`;
    case 'band':
      return '';
  }
}

/** Where the gear's origin sits and how it is turned (the dumbbell follows the forearm). */
export function gearTransform(gear: Gear): { x: number; y: number; angle: number } {
  if (gear.kind === 'band') return { x: 0, y: 0, angle: 0 };
  const angle = gear.kind === 'dumbbell' ? -gear.angle : 0;
  return { x: gear.x, y: -gear.y, angle };
}

/** A band between the legs (front views), as a line between the two thighs. */
export function bandMarkup(
  gear: Extract<Gear, { kind: 'band' }>,
  palette: Palette | undefined,
): string {
  return `<path d="M${joinNumbers([gear.from.x, -gear.from.y])}L${joinNumbers([gear.to.x, -gear.to.y])}"${paintAttr('band', palette)}/>`;
}

/** The ground line across the picture. */
export function groundMarkup(box: Box, palette: Palette | undefined): string {
  return `<path d="M${fmt(box.x + 1)} 0H${fmt(box.x + box.width - 1)}"${paintAttr('ground', palette)}/>`;
}

/** The bounding box of a scene (every position, its gear and the supports), with a margin. */
export function sceneBox(scene: Scene): Box {
  const xs: number[] = [];
  const ys: number[] = [0];
  for (const placed of scene.positions) {
    for (const p of placed.parts) {
      for (const c of shapeOf(p.shape, scene.view, p.mirrored, p.length).circles) {
        const t = partTransform(p);
        const angle = (t.angle * Math.PI) / 180;
        const x = t.x + c.x * Math.cos(angle) - c.y * Math.sin(angle);
        const y = t.y + c.x * Math.sin(angle) + c.y * Math.cos(angle);
        xs.push(x - c.r, x + c.r);
        ys.push(y - c.r, y + c.r);
      }
    }
    for (const gear of placed.gear) {
      if (gear.kind === 'band') continue;
      const reach =
        gear.kind === 'barbell' || gear.kind === 'trap-bar'
          ? PLATE_RADIUS + 1
          : gear.kind === 'kettlebell'
            ? 18
            : 9;
      xs.push(gear.x - reach, gear.x + reach);
      ys.push(-gear.y - reach, -gear.y + reach);
    }
  }
  for (const support of scene.supports) {
    if (support.kind === 'surface') {
      xs.push(support.x0, support.x1);
      ys.push(-support.top);
    } else if (support.kind === 'bar') {
      xs.push(support.cx - 3, support.cx + 3);
      ys.push(-support.cy - 4);
    } else {
      xs.push(support.x0 + (support.facing > 0 ? -4 : 4));
    }
  }
  const margin = 3;
  const x = Math.min(...xs) - margin;
  const y = Math.min(...ys) - margin;
  return {
    x,
    y,
    width: Math.max(...xs) + margin - x,
    height: Math.max(...ys) + 2 - y,
  };
}

export const viewBoxText = (box: Box): string => joinNumbers([box.x, box.y, box.width, box.height]);

/** The arrow of a still: a short stroke with a head, from `from` toward `to` (SVG coords). */
export function arrowMarkup(
  from: { x: number; y: number },
  to: { x: number; y: number },
  palette: Palette | undefined,
): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return '';
  const ux = dx / length;
  const uy = dy / length;
  const head = 3.2;
  const left = { x: to.x - ux * head - uy * head * 0.75, y: to.y - uy * head + ux * head * 0.75 };
  const right = { x: to.x - ux * head + uy * head * 0.75, y: to.y - uy * head - ux * head * 0.75 };
  return `<path d="M${joinNumbers([from.x, from.y])}L${joinNumbers([to.x, to.y])}M${joinNumbers([left.x, left.y])}L${joinNumbers([to.x, to.y, right.x, right.y])}"${paintAttr('arrow', palette)}/>`;
}

/** The layers of one still, back to front, with the gear slotted in where it belongs. */
export function stillBody(scene: Scene, index: number, palette: Palette | undefined): string {
  const placed = scene.positions[index]!;
  const gearAt = (slot: 'far' | 'middle' | 'near') =>
    placed.gear
      .filter((gear) => gearSlot(gear, scene.view) === slot)
      .map((gear) =>
        gear.kind === 'band'
          ? bandMarkup(gear, palette)
          : `<g transform="${transformText(gearTransform(gear))}">${gearShape(gear, palette)}</g>`,
      )
      .join('');
  let out = '';
  for (const group of layerGroups(scene.view, thighAcrossBody(placed.position))) {
    if (group.includes('near-arm')) out += gearAt('middle');
    out += nestedLayerMarkup(placed.parts, group, scene.view, palette);
    if (group.includes('far-arm')) out += gearAt('far');
  }
  return out + gearAt('near');
}

/** Where a piece of gear sits in the stacking order. */
export function gearSlot(gear: Gear, view: View): 'far' | 'middle' | 'near' {
  if (gear.kind === 'band') return 'near';
  if (gear.kind === 'dumbbell' && view === 'side') return gear.side === 'far' ? 'far' : 'near';
  return 'middle';
}
