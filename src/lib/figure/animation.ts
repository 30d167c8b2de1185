import type { Position } from '../../schemas/pose.ts';
import type { Vec2 } from './kinematics.ts';
import { moved, type Part } from './parts.ts';
import {
  anchorPointOf,
  gearOf,
  handForms,
  relativeParts,
  type Gear,
  type Placed,
  type PoseInput,
  type Scene,
} from './scene.ts';
import { fmt } from './shapes.ts';
import {
  bandMarkup,
  gearShape,
  gearSlot,
  gearTransform,
  layerGroups,
  layerMarkup,
  partTransform,
  thighAcrossBody,
  transformText,
  type Palette,
} from './svg.ts';

/**
 * The moving figure: CSS keyframes that carry each part (and each held thing) through the
 * positions, pausing at each one, with no script. Between two positions the in-between poses
 * are real poses (angles interpolated, then placed like a position), sampled a few times per
 * move; a contact that stays put (a planted foot, hands on a bar) is placed at the same point in
 * every sample, so it does not slide. Timing eases in and out of each position.
 *
 * The loop goes through the positions and back (a squat goes down and up). When the last
 * position cannot be reversed into the first (landing on a box), the figure fades out at the
 * end and fades in at the start instead.
 */

/** Seconds held at each position and spent on each move. */
export const HOLD_SECONDS = 0.9;
export const MOVE_SECONDS = 1.5;
/** In-between poses sampled per move (CSS interpolates linearly between them). */
const SAMPLES = 1;

interface Transform {
  x: number;
  y: number;
  angle: number;
}

export interface Frame {
  parts: Part[];
  gear: Gear[];
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** Smoothstep, the ease-in-out of every move. */
const ease = (t: number) => t * t * (3 - 2 * t);
/** The time at which smoothstep reaches u (bisection; it is monotonic). */
function easeInverse(u: number): number {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 30; step++) {
    const mid = (low + high) / 2;
    if (ease(mid) < u) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** A position's angles blended toward another's. */
function blend(a: Position, b: Position, t: number): Position {
  const side = <T extends Record<string, number>>(x: T, y: T): T =>
    Object.fromEntries(Object.keys(x).map((key) => [key, lerp(x[key]!, y[key]!, t)])) as T;
  return {
    ...a,
    trunk: lerp(a.trunk, b.trunk, t),
    tilt: lerp(a.tilt, b.tilt, t),
    neck: lerp(a.neck, b.neck, t),
    legs: { near: side(a.legs.near, b.legs.near), far: side(a.legs.far, b.legs.far) },
    arms: { near: side(a.arms.near, b.arms.near), far: side(a.arms.far, b.arms.far) },
  };
}

/**
 * The contact that stays put between two placed positions: the second position's first contact,
 * when the same body part rests on the same support at (about) the same point in the first.
 */
function fixedContact(
  a: Placed,
  b: Placed,
  scene: Scene,
): { point: Vec2; bIndex: number } | undefined {
  const anchor = b.position.contacts[0];
  if (!anchor) return undefined;
  const inA = anchorPointOf(a.parts, anchor, scene);
  const inB = anchorPointOf(b.parts, anchor, scene);
  if (!inA || !inB) return undefined;
  const touchedInA = a.position.contacts.some(
    (contact) =>
      contact.part === anchor.part &&
      contact.side === anchor.side &&
      contact.support === anchor.support,
  );
  if (!touchedInA && Math.hypot(inA.x - inB.x, inA.y - inB.y) > 1) return undefined;
  return { point: inB, bIndex: 0 };
}

/** The in-between frame at t (0..1) from position a to position b. */
function between(scene: Scene, a: Placed, b: Placed, t: number, hands: PoseInput['hands']): Frame {
  const position = blend(a.position, b.position, t);
  const { body, parts } = relativeParts(
    {
      angles: position,
      contacts: t < 0.5 ? a.position.contacts : b.position.contacts,
      hands,
      separateToes: scene.positions.length ? scene.separateToes : { near: true, far: true },
      toesFlat: {
        near: a.position.contacts
          .concat(b.position.contacts)
          .some((c) => c.side === 'near' && c.part === 'ball'),
        far: a.position.contacts
          .concat(b.position.contacts)
          .some((c) => c.side === 'far' && c.part === 'ball'),
      },
    },
    scene.view,
  );
  const fixed = fixedContact(a, b, scene);
  let offset: Vec2;
  if (fixed) {
    const anchor = b.position.contacts[0]!;
    const here = anchorPointOf(parts, anchor, scene)!;
    offset = { x: fixed.point.x - here.x, y: fixed.point.y - here.y };
  } else {
    offset = { x: lerp(a.pelvis.x, b.pelvis.x, t), y: lerp(a.pelvis.y, b.pelvis.y, t) };
  }
  return {
    parts: parts.map((p) => moved(p, offset.x, offset.y)),
    gear: gearOf({ ...position, holds: a.position.holds }, body, scene.view, offset),
  };
}

/** Whether the loop can run backward from the last position to the first. */
export function reversible(scene: Scene): boolean {
  const first = scene.positions[0]!;
  const last = scene.positions.at(-1)!;
  const support = (placed: Placed) => placed.position.contacts[0]?.support ?? 'air';
  // A jump onto a box, or bounds that travel forward, cannot be played backward as a movement.
  return support(first) === support(last) && last.position.shift === first.position.shift;
}

interface Stop {
  /** Percent of the loop. */
  at: number;
  frame: number;
}

/** The frames of an exercise's animation (for tests: a planted foot must not move in any). */
export function motionFrames(scene: Scene): Frame[] {
  return timeline(scene, handForms(scene.positions[0]!.position)).frames;
}

/** The sequence of frames and when each is shown. */
function timeline(
  scene: Scene,
  hands: PoseInput['hands'],
): { frames: Frame[]; stops: Stop[]; seconds: number; fade: boolean; poseTimes: number[] } {
  const placed = scene.positions;
  const fade = !reversible(scene);
  const frames: Frame[] = placed.map((p) => ({ parts: p.parts, gear: p.gear }));
  const order: number[] = placed.map((_, index) => index);
  if (!fade) for (let index = placed.length - 2; index >= 0; index--) order.push(index);
  const moves = order.length - 1;
  const holds = placed.length + (fade ? 0 : placed.length - 2);
  const seconds = moves * MOVE_SECONDS + holds * HOLD_SECONDS + (fade ? HOLD_SECONDS : 0);
  const stops: Stop[] = [];
  let time = HOLD_SECONDS / 2;
  stops.push({ at: 0, frame: order[0]! });
  // When each position is held: the start of the loop for the first, the middle of its first
  // hold for the others (a still is the animation paused there).
  const poseTimes: number[] = placed.map(() => 0);
  const cache = new Map<string, number>();
  for (let step = 0; step < moves; step++) {
    const from = order[step]!;
    const to = order[step + 1]!;
    stops.push({ at: time, frame: from });
    for (let k = 1; k <= SAMPLES; k++) {
      const u = k / (SAMPLES + 1);
      // The way back shows the same in-between poses as the way there.
      const key = from < to ? `${from}-${to}-${k}` : `${to}-${from}-${SAMPLES + 1 - k}`;
      let index = cache.get(key);
      if (index === undefined) {
        const [a, b, t] = from < to ? [from, to, u] : [to, from, 1 - u];
        frames.push(between(scene, placed[a]!, placed[b]!, t, hands));
        index = frames.length - 1;
        cache.set(key, index);
      }
      stops.push({ at: time + easeInverse(u) * MOVE_SECONDS, frame: index });
    }
    time += MOVE_SECONDS;
    stops.push({ at: time, frame: to });
    if (to !== order[0] && poseTimes[to] === 0) poseTimes[to] = time + HOLD_SECONDS / 2;
    time += HOLD_SECONDS;
  }
  // The last position holds until the loop ends (and, when fading, through the fade).
  stops.push({ at: seconds, frame: order.at(-1)! });
  return {
    frames,
    stops: stops.map((stop) => ({ ...stop, at: (stop.at / seconds) * 100 })),
    seconds,
    fade,
    poseTimes,
  };
}

const percent = (at: number) => `${fmt(at)}%`;

/** Keyframes for one element: stops with the same transform share a selector. */
function keyframes(name: string, values: readonly Transform[], stops: readonly Stop[]): string {
  const groups = new Map<string, string[]>();
  for (const stop of stops) {
    const t = values[stop.frame]!;
    // Whole units (about 2 px at the size the figure is shown) and whole degrees: small text.
    const text = `translate:${Math.round(t.x)}px ${Math.round(t.y)}px;rotate:${Math.round(t.angle)}deg`;
    const list = groups.get(text) ?? [];
    list.push(percent(stop.at));
    groups.set(text, list);
  }
  const body = [...groups].map(([text, at]) => `${[...new Set(at)].join(',')}{${text}}`).join('');
  return `@keyframes ${name}{${body}}`;
}

/** Angles made continuous along the frames, so a part never spins the long way round. */
function unwrap(values: Transform[], order: readonly number[]): Transform[] {
  const out = values.map((value) => ({ ...value }));
  for (let step = 1; step < order.length; step++) {
    const previous = out[order[step - 1]!]!;
    const current = out[order[step]!]!;
    while (current.angle - previous.angle > 180) current.angle -= 360;
    while (current.angle - previous.angle < -180) current.angle += 360;
  }
  return out;
}

/** The animated figure's markup and its CSS (keyframes and the classes that run them). */
export function animatedFigure(
  scene: Scene,
  prefix: string,
  palette: Palette | undefined,
): { markup: string; css: string; seconds: number; stills: string[] } {
  const first = scene.positions[0]!;
  const hands = handForms(first.position);
  const { frames, stops, seconds, fade, poseTimes } = timeline(scene, hands);
  const frameOrder = [...new Set(stops.map((stop) => stop.frame))];
  const rules: string[] = [];
  const animated = new Map<string, string>();
  let counter = 0;
  const classFor = (id: string, values: Transform[]): string | undefined => {
    const unwrapped = unwrap(values, frameOrder);
    const still = unwrapped.every(
      (t) =>
        Math.abs(t.x - unwrapped[0]!.x) < 0.05 &&
        Math.abs(t.y - unwrapped[0]!.y) < 0.05 &&
        Math.abs(t.angle - unwrapped[0]!.angle) < 0.05,
    );
    if (still) return undefined;
    const name = `${prefix}${counter++}`;
    animated.set(id, name);
    rules.push(`.${prefix} .${name}{animation-name:${name}}`, keyframes(name, unwrapped, stops));
    return name;
  };
  for (const p of first.parts) {
    classFor(
      p.id,
      frames.map((frame) => partTransform(frame.parts.find((q) => q.id === p.id)!)),
    );
  }
  first.gear.forEach((gear, index) => {
    if (gear.kind === 'band') return;
    classFor(
      `gear-${index}`,
      frames.map((frame) => gearTransform(frame.gear[index] ?? gear)),
    );
  });
  // A moving part gets its place from its animation alone (the individual translate and rotate
  // properties, which add to any transform attribute rather than replace it); readers who ask
  // for reduced motion see the animation paused on its first frame.
  const attr = (p: Part) => {
    const name = animated.get(p.id);
    return name ? ` class="${name}"` : ` transform="${transformText(partTransform(p))}"`;
  };
  const gearAt = (slot: 'far' | 'middle' | 'near') =>
    first.gear
      .map((gear, index) => ({ gear, index }))
      .filter(({ gear }) => gearSlot(gear, scene.view) === slot)
      .map(({ gear, index }) => {
        if (gear.kind === 'band') return bandMarkup(gear, palette);
        const name = animated.get(`gear-${index}`);
        const place = name
          ? ` class="${name}"`
          : ` transform="${transformText(gearTransform(gear))}"`;
        return `<g${place}>${gearShape(gear, palette)}</g>`;
      })
      .join('');
  let markup = '';
  const inFront = scene.positions.some((placed) => thighAcrossBody(placed.position));
  for (const group of layerGroups(scene.view, inFront)) {
    if (group.includes('near-arm')) markup += gearAt('middle');
    markup += layerMarkup(first.parts, group, scene.view, palette, attr);
    if (group.includes('far-arm')) markup += gearAt('far');
  }
  markup += gearAt('near');
  const run = `.${prefix} *{animation:${fmt(seconds)}s linear infinite}`;
  const fading = fade
    ? `.${prefix}{animation:${prefix}f ${fmt(seconds)}s linear infinite}@keyframes ${prefix}f{0%,100%{opacity:0}4%,94%{opacity:1}}`
    : '';
  // The stills on the same page are this figure paused at each position: the same markup (which
  // gzip stores once) with a class that stops the clock at that position's hold.
  const pause = poseTimes
    .map(
      (time, index) =>
        `.${prefix}p${index} *{animation-delay:-${fmt(time)}s;animation-play-state:paused}`,
    )
    .join('');
  return {
    markup: `<g class="${prefix}">${markup}</g>`,
    css:
      run + fading + rules.join('') + pause + (fade ? `.${prefix}.${prefix}s{animation:none}` : ''),
    seconds,
    stills: poseTimes.map(
      (_, index) => `<g class="${prefix} ${prefix}s ${prefix}p${index}">${markup}</g>`,
    ),
  };
}
