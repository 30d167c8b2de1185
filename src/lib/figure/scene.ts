import type { Position, PoseContact } from '../../schemas/pose.ts';
import { BODY_MASS_KG, CM_PER_UNIT, LENGTH, TRUNK_SIDE } from './body-model.ts';
import {
  add,
  fistCentre,
  project,
  scale,
  segmentMasses,
  SIDES,
  skeleton,
  type PoseAngles,
  type Skeleton,
  type Vec2,
  type Vec3,
} from './kinematics.ts';
import { moved, partsOf, skinOf, type HandForm, type Part } from './parts.ts';
import type { Circle } from './shapes.ts';
import { HOLDS, SUPPORTS, type Hold, type Side, type Support, type View } from './vocabulary.ts';

/**
 * A figure's world: every position placed so its first contact rests on its support, the
 * supports (box, bench, bar ...) placed once from the first contact that uses them, and the
 * equipment each position holds. Drawing coordinates: figure units, y up, the floor at y = 0.
 *
 * Placing follows the rule that makes the animation honest: when a position's first contact
 * touched the same support in the position before, that point stays where it was, so a planted
 * foot or a hand on a bar never slides.
 */

/** How close a surface must be to count as touching, both ways (figure units; 1 = 1.75 cm). */
export const TOUCH = 1.25;

export const cm = (value: number) => value / CM_PER_UNIT;

export interface PlacedSupport {
  support: Support;
  kind: 'surface' | 'wall' | 'bar';
  /** Surfaces: the top and the horizontal extent (the floor and mats are unbounded). */
  top: number;
  x0: number;
  x1: number;
  /** Walls: which side of the wall the body is on (+1: the body is at larger x). */
  facing: 1 | -1;
  /** Bars and anchors: centre and radius. */
  cx: number;
  cy: number;
  r: number;
  /** Side views: a support only far limbs rest on stands beside the near leg (at its depth). */
  side: 'far' | 'both';
}

/** A held or worn thing in one position, in drawing coordinates. */
export type Gear =
  | { kind: 'barbell'; hold: Hold; x: number; y: number }
  | { kind: 'trap-bar'; hold: Hold; x: number; y: number }
  | { kind: 'kettlebell'; hold: Hold; x: number; y: number }
  | { kind: 'dumbbell'; hold: Hold; x: number; y: number; angle: number; side: Side }
  | { kind: 'band'; hold: Hold; from: Vec2; to: Vec2 };

export interface Placed {
  position: Position;
  body: Skeleton;
  parts: Part[];
  /** Where the centre between the hips is. */
  pelvis: Vec2;
  gear: Gear[];
  /** Centre of mass of body and load. */
  com: Vec2;
  /** Load carried, kg. */
  loadKg: number;
}

export interface Scene {
  view: View;
  /** Whether each foot's toes bend somewhere in the figure (then they are a part of their own). */
  separateToes: Record<Side, boolean>;
  positions: Placed[];
  supports: PlacedSupport[];
}

/** Which hand shape each hand takes in a position. */
export function handForms(position: Pick<Position, 'contacts'>): Record<Side, HandForm> {
  const form = (side: Side): HandForm => {
    const contact = position.contacts.find(
      (item) => item.side === side && (item.part === 'hand' || item.part === 'fingertips'),
    );
    if (!contact) return 'fist';
    return contact.part === 'hand' ? 'palm' : 'fingertips';
  };
  return { near: form('near'), far: form('far') };
}

export function toesFlat(position: Pick<Position, 'contacts'>): Record<Side, boolean> {
  // Toes bend to lie along the surface under the ball of the foot, or under a foot laid on its top.
  const flat = (side: Side) =>
    position.contacts.some(
      (item) => item.side === side && (item.part === 'ball' || item.part === 'instep'),
    );
  return { near: flat('near'), far: flat('far') };
}

/** The skin circles of the body region a contact names, in the part's placed frame. */
export function regionCircles(
  parts: readonly Part[],
  contact: Pick<PoseContact, 'part' | 'side'>,
  view: View,
): Circle[] {
  const of = (id: string) => {
    const found = parts.find((p) => p.id === id);
    return found ? skinOf(found, view) : [];
  };
  const side = contact.side ?? 'near';
  const foot = of(`${side}-foot`);
  const toes = view === 'side' ? of(`${side}-toes`) : [];
  // The toe tip: the toes' own end circle, or the foot's last circle when it includes the toes.
  const toeTip = toes[1] ?? foot[4];
  switch (contact.part) {
    case 'foot':
      return view === 'side' ? [foot[0]!, foot[2]!, ...(toeTip ? [toeTip] : [])] : foot;
    case 'ball':
      return view === 'side' ? [foot[2]!] : foot;
    case 'heel':
      return [foot[0]!];
    case 'instep':
      return view === 'side' ? [foot[3]!] : foot;
    case 'ankle':
      // The lower shin above the ankle joint: where a strap or roller holds the legs down.
      return of(`${side}-shank`).slice(3);
    case 'shin':
      return of(`${side}-shank`);
    case 'knee':
      return [of(`${side}-shank`)[0]!];
    case 'hand':
      return of(`${side}-hand`);
    case 'fingertips':
      return [of(`${side}-hand`).at(-1)!];
    case 'grip':
      return of(`${side}-hand`);
    case 'forearm': {
      const forearm = of(`${side}-forearm`);
      return [forearm[0]!, forearm.at(-1)!];
    }
    case 'hips':
      // The side view's trunk has a front and a back circle per row; rows 0-3 are the pelvis.
      return of('trunk').filter((_, index) => (view === 'side' ? index <= 7 : index <= 3));
    case 'back':
      return of('trunk').filter((_, index) =>
        // The shoulder blades: the back circles of the two rows below the shoulders.
        view === 'side' ? index === 17 || index === 19 : index >= 6 && index <= 9,
      );
    case 'head':
      return of('head');
    case 'side':
      return of('trunk').filter((_, index) => index >= 2 && index <= 7);
  }
}

/** Regions that rest along their length: every circle must touch, not just the lowest. */
export const FLAT_PARTS = new Set(['foot', 'hand', 'forearm', 'shin']);

/** The point of a contact's body part that is placed on the support, in placed parts. */
export function anchorPointOf(
  parts: readonly Part[],
  contact: Pick<PoseContact, 'part' | 'side' | 'support'>,
  scene: Pick<Scene, 'view' | 'supports'>,
): Vec2 | undefined {
  const circles = regionCircles(parts, contact, scene.view);
  if (circles.length === 0) return undefined;
  const support = scene.supports.find((item) => item.support === contact.support);
  return anchorPoint(
    circles,
    contact,
    support ?? (SUPPORTS[contact.support].kind === 'bar' ? { kind: 'bar' } : undefined),
  );
}

/** The point of a region that is placed on its support when it is the main contact. */
function anchorPoint(
  circles: readonly Circle[],
  contact: Pick<PoseContact, 'part'>,
  support: Pick<PlacedSupport, 'kind'> | undefined,
): Vec2 {
  if (contact.part === 'grip' || support?.kind === 'bar') {
    const fist = circles[0]!;
    return { x: fist.x, y: fist.y };
  }
  // A flat foot keeps its ball of the foot where it was, so it can rise onto it.
  const pick =
    contact.part === 'foot'
      ? circles[1]!
      : contact.part === 'forearm'
        ? circles[0]!
        : circles.reduce((low, circle) => (circle.y - circle.r < low.y - low.r ? circle : low));
  return { x: pick.x, y: pick.y - pick.r };
}

const SUPPORT_MARGIN = 2.5;

function surfaceHeight(support: Support): number {
  return cm(SUPPORTS[support].heightCm);
}

/** The gap between a circle and a support: positive = not touching, negative = inside it. */
export function gapTo(circle: Circle, support: PlacedSupport, grip = false): number {
  if (support.kind === 'surface') {
    // Past the end of a box or bench, the nearest point is its top corner.
    const edge =
      circle.x < support.x0 ? support.x0 : circle.x > support.x1 ? support.x1 : undefined;
    if (edge === undefined || circle.y <= support.top) return circle.y - circle.r - support.top;
    return Math.hypot(circle.x - edge, circle.y - support.top) - circle.r;
  }
  if (support.kind === 'wall') return support.facing * (circle.x - support.x0) - circle.r;
  const distance = Math.hypot(circle.x - support.cx, circle.y - support.cy);
  return grip ? distance : distance - circle.r - support.r;
}

/** The angles of a position, as the kinematics reads them. */
export const anglesOf = (position: Position): PoseAngles => position;

/** Centre of mass of the placed body (segment masses, Dempster via Winter) plus the load. */
export function centreOfMass(
  body: Skeleton,
  view: View,
  offset: Vec2,
  gear: readonly Gear[],
): { com: Vec2; loadKg: number } {
  let x = 0;
  let y = 0;
  for (const { point, fraction } of segmentMasses(body)) {
    const at = project(point, view);
    x += (at.x + offset.x) * fraction * BODY_MASS_KG;
    y += (at.y + offset.y) * fraction * BODY_MASS_KG;
  }
  let load = 0;
  for (const item of gear) {
    const kg =
      HOLDS[item.hold].loadKg / (item.kind === 'dumbbell' && item.hold === 'dumbbells' ? 2 : 1);
    if (kg === 0 || item.kind === 'band') continue;
    const at = item.kind === 'kettlebell' ? { x: item.x, y: item.y - 9 } : { x: item.x, y: item.y };
    x += at.x * kg;
    y += at.y * kg;
    load += kg;
  }
  const total = BODY_MASS_KG + load;
  return { com: { x: x / total, y: y / total }, loadKg: load };
}

/** A point of the trunk's outline (side view) in drawing coordinates. */
function trunkPoint(body: Skeleton, view: View, offset: Vec2, up: number, front: number): Vec2 {
  const local: Vec3 = add(add(body.pelvis, scale(body.trunk.u, up)), scale(body.trunk.f, front));
  const at = project(local, view);
  return { x: at.x + offset.x, y: at.y + offset.y };
}

/** Where each held thing is in a placed position. */
export function gearOf(position: Position, body: Skeleton, view: View, offset: Vec2): Gear[] {
  const fist = (side: Side): Vec2 => {
    const at = project(fistCentre(body.arms[side]), view);
    return { x: at.x + offset.x, y: at.y + offset.y };
  };
  const between = (): Vec2 => {
    const a = fist('near');
    const b = fist('far');
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  const forearmAngle = (side: Side): number => {
    const along = project(scale(body.arms[side].forearm.u, -1), view);
    return (Math.atan2(along.y, along.x) * 180) / Math.PI;
  };
  const gear: Gear[] = [];
  for (const hold of position.holds) {
    switch (hold) {
      case 'barbell':
        gear.push({ kind: 'barbell', hold, ...between() });
        break;
      case 'trap-bar':
        gear.push({ kind: 'trap-bar', hold, ...between() });
        break;
      case 'back-bar': {
        const row = TRUNK_SIDE[8]!;
        gear.push({
          kind: 'barbell',
          hold,
          ...trunkPoint(body, view, offset, row[0], row[2] - BAR_RADIUS),
        });
        break;
      }
      case 'hip-bar': {
        const row = TRUNK_SIDE[2]!;
        gear.push({
          kind: 'barbell',
          hold,
          ...trunkPoint(body, view, offset, row[0], row[1] + BAR_RADIUS + 1),
        });
        break;
      }
      case 'kettlebell':
      case 'goblet':
        gear.push({ kind: 'kettlebell', hold, ...between() });
        break;
      case 'dumbbells':
        for (const side of SIDES)
          gear.push({
            kind: 'dumbbell',
            hold,
            side,
            ...fist(side),
            angle: forearmAngle(side) + 90,
          });
        break;
      case 'knee-band': {
        const at = (side: Side): Vec2 => {
          const leg = body.legs[side];
          const point = project(add(leg.hip, scale(add(leg.knee, scale(leg.hip, -1)), 0.82)), view);
          return { x: point.x + offset.x, y: point.y + offset.y };
        };
        gear.push({ kind: 'band', hold, from: at('near'), to: at('far') });
        break;
      }
      default: {
        const side: Side = hold.startsWith('near-') || hold.startsWith('left-') ? 'near' : 'far';
        gear.push({ kind: 'dumbbell', hold, side, ...fist(side), angle: forearmAngle(side) + 90 });
      }
    }
  }
  return gear;
}

/** The barbell's end seen from the side: the bar's radius, a 20 kg plate's radius (45 cm). */
export const BAR_RADIUS = cm(2.8) / 2 + 0.2;
export const PLATE_RADIUS = cm(45) / 2;
/** A hanging kettlebell's base below the hand that holds its handle (figure units). */
export const KETTLEBELL_DROP = 17.4;

/** Everything needed to place one pose, shared by the positions and the animation's frames. */
export interface PoseInput {
  angles: PoseAngles;
  contacts: readonly PoseContact[];
  hands: Record<Side, HandForm>;
  toesFlat: Record<Side, boolean>;
  separateToes: Record<Side, boolean>;
}

/** The body's parts with the pelvis at the origin. */
export function relativeParts(input: PoseInput, view: View): { body: Skeleton; parts: Part[] } {
  const body = skeleton(input.angles);
  const options = {
    view,
    hands: input.hands,
    toesFlat: input.toesFlat,
    separateToes: input.separateToes,
  };
  return { body, parts: partsOf(body, options) };
}

/** Lays out all positions of an exercise and places the supports they touch. */
export function buildScene(positions: readonly Position[]): Scene {
  const view = positions[0]!.view;
  const supports: PlacedSupport[] = [];
  const placed: Placed[] = [];
  const supportOf = (support: Support) => supports.find((item) => item.support === support);
  const separateToes = {
    near: positions.some((position) => toesFlat(position).near),
    far: positions.some((position) => toesFlat(position).far),
  };
  positions.forEach((position, index) => {
    const input: PoseInput = {
      angles: anglesOf(position),
      contacts: position.contacts,
      hands: handForms(position),
      toesFlat: toesFlat(position),
      separateToes,
    };
    const { body, parts } = relativeParts(input, view);
    const offset = placement(
      position,
      parts,
      view,
      index === 0 ? undefined : placed[index - 1],
      supportOf,
    );
    const worldParts = parts.map((p) => moved(p, offset.x, offset.y));
    const gear = gearOf(position, body, view, offset);
    const { com, loadKg } = centreOfMass(body, view, offset, gear);
    const result: Placed = { position, body, parts: worldParts, pelvis: offset, gear, com, loadKg };
    placed.push(result);
    // A bar is placed as soon as a hand grips it: the next positions hang from it.
    for (const contact of position.contacts) {
      if (SUPPORTS[contact.support].kind !== 'bar' || supportOf(contact.support)) continue;
      supports.push(placeSupport(contact.support, [result], view));
    }
  });
  // Surfaces and walls go under (or beside) what rests on them in every position: a bench's edge
  // is where the back rolls over it, a mat spans every hand and foot placed on it.
  const used = [
    ...new Set(positions.flatMap((position) => position.contacts.map((c) => c.support))),
  ];
  for (const support of used) {
    if (support === 'floor' || supportOf(support)) continue;
    const users = placed.filter((p) => p.position.contacts.some((c) => c.support === support));
    supports.push(placeSupport(support, users, view));
  }
  return { view, separateToes, positions: placed, supports };
}

/** The offset that puts a position's first contact on its support (or lifts an airborne one). */
function placement(
  position: Position,
  parts: readonly Part[],
  view: View,
  previous: Placed | undefined,
  supportOf: (support: Support) => PlacedSupport | undefined,
): Vec2 {
  const lowest = Math.min(...parts.flatMap((p) => skinOf(p, view).map((c) => c.y - c.r)));
  const anchor = position.contacts[0];
  if (!anchor || position.phase === 'airborne') {
    return { x: (previous?.pelvis.x ?? 0) + cm(position.shift), y: cm(position.lift) - lowest };
  }
  const support = supportOf(anchor.support);
  const circles = regionCircles(parts, anchor, view);
  const point = anchorPoint(circles, anchor, support);
  if (support?.kind === 'bar') return { x: support.cx - point.x, y: support.cy - point.y };
  if (anchor.support === 'bar' || anchor.support === 'low-bar' || anchor.support === 'anchor') {
    // The first hang from a bar: the bar goes where the hands are, the body hangs `lift` above the floor.
    return { x: cm(position.shift) - point.x, y: cm(position.lift || 8) - lowest };
  }
  const top = support ? support.top : surfaceHeight(anchor.support);
  let x = cm(position.shift);
  if (previous) {
    const before = regionCircles(previous.parts, anchor, view);
    const beforePoint = anchorPoint(before, anchor, support);
    const touched = before.some((circle) => Math.abs(circle.y - circle.r - top) <= TOUCH);
    if (touched) x = beforePoint.x;
  }
  return { x: x - point.x, y: top - point.y };
}

/** Places a support (other than the floor) under the contacts of the positions that use it. */
function placeSupport(support: Support, users: readonly Placed[], view: View): PlacedSupport {
  const info = SUPPORTS[support];
  const first = users[0]!;
  const contacts = first.position.contacts.filter((contact) => contact.support === support);
  const all = users.flatMap((p) =>
    p.position.contacts
      .filter((contact) => contact.support === support)
      .map((contact) => ({ p, contact })),
  );
  const circles = contacts.flatMap((contact) => regionCircles(first.parts, contact, view));
  const xs = all.flatMap(({ p, contact }) => regionCircles(p.parts, contact, view).map((c) => c.x));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const placed = first;
  const side: PlacedSupport['side'] =
    view === 'side' && all.every(({ contact }) => contact.side === 'far') ? 'far' : 'both';
  const blank = { top: 0, x0: 0, x1: 0, facing: 1 as const, cx: 0, cy: 0, r: 0, side };
  if (info.kind === 'bar') {
    const grip = contacts.some((contact) => contact.part === 'grip');
    if (grip) {
      const fist = circles[0]!;
      return { ...blank, support, kind: 'bar', cx: fist.x, cy: fist.y, r: cm(info.widthCm) / 2 };
    }
    const ankle = circles.reduce((high, circle) =>
      circle.y + circle.r > high.y + high.r ? circle : high,
    );
    const r = cm(info.widthCm) / 2;
    return { ...blank, support, kind: 'bar', cx: ankle.x, cy: ankle.y + ankle.r + r, r };
  }
  const awayFromBody = Math.sign((minX + maxX) / 2 - placed.com.x) || 1;
  if (info.kind === 'wall') {
    const edge =
      awayFromBody > 0
        ? Math.max(...circles.map((c) => c.x + c.r))
        : Math.min(...circles.map((c) => c.x - c.r));
    return {
      ...blank,
      support,
      kind: 'wall',
      x0: edge,
      x1: edge,
      facing: awayFromBody > 0 ? -1 : 1,
    };
  }
  const top = surfaceHeight(support);
  if (support === 'mat') {
    // A mat lies under the whole body that rests on it, not just under the declared contacts.
    const all = users
      .flatMap((p) => p.parts.flatMap((part) => skinOf(part, view)))
      .filter((c) => c.y - c.r < 6);
    const x0 = Math.min(minX, ...all.map((c) => c.x - c.r)) - 4;
    const x1 = Math.max(maxX, ...all.map((c) => c.x + c.r)) + 4;
    return { ...blank, support, kind: 'surface', top, x0, x1 };
  }
  if (support === 'pad') {
    return { ...blank, support, kind: 'surface', top, x0: minX - 5, x1: maxX + 5 };
  }
  const width = Math.max(cm(info.widthCm), maxX - minX + 2 * SUPPORT_MARGIN);
  const comInside = placed.com.x >= minX && placed.com.x <= maxX;
  const onBall = contacts.every((contact) => contact.part === 'ball');
  let x0: number;
  let x1: number;
  if (comInside && !onBall) {
    const centre = (minX + maxX) / 2;
    x0 = centre - width / 2;
    x1 = centre + width / 2;
  } else {
    // The edge toward the body is just past the contact: heels hang off a step, the back rests
    // on a bench's edge with the hips free below it.
    const margin = onBall
      ? SUPPORT_MARGIN * 0.6
      : contacts.every((c) => c.part === 'back')
        ? -0.5
        : SUPPORT_MARGIN;
    if (awayFromBody > 0) {
      x0 = minX - margin;
      x1 = x0 + width;
    } else {
      x1 = maxX + margin;
      x0 = x1 - width;
    }
  }
  return { ...blank, support, kind: 'surface', top, x0, x1 };
}

/** The height of the hips, shoulders and head, for describing a position in words. */
export function landmarks(
  placed: Placed,
  view: View,
): { pelvis: Vec2; shoulders: Vec2; head: Vec2 } {
  const at = (point: Vec3): Vec2 => {
    const p = project(point, view);
    return { x: p.x + placed.pelvis.x, y: p.y + placed.pelvis.y };
  };
  return {
    pelvis: placed.pelvis,
    shoulders: at(placed.body.shoulderCentre),
    head: at(placed.body.headCentre),
  };
}

export const FULL_HEIGHT = LENGTH.trunk;
