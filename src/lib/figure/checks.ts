import type { Position, PoseContact } from '../../schemas/pose.ts';
import type { ContentProblem } from '../content-errors.ts';
import { CM_PER_UNIT, JOINT_RANGE, LENGTH, type JointName } from './body-model.ts';
import { skinOf, type Part } from './parts.ts';
import {
  BAR_RADIUS,
  KETTLEBELL_DROP,
  buildScene,
  FLAT_PARTS,
  gapTo,
  PLATE_RADIUS,
  regionCircles,
  TOUCH,
  type Placed,
  type PlacedSupport,
  type Scene,
} from './scene.ts';
import type { Circle } from './shapes.ts';
import {
  CONTACT_PARTS,
  HOLDS,
  SIDE_WORDS,
  SUPPORTS,
  type Hold,
  type Side,
  type View,
} from './vocabulary.ts';

/**
 * The physical checks a figure must pass before the build draws it: joints within human range,
 * every declared contact on its support, a held (static) position balanced over its base of
 * support with the load counted, and nothing passing through the floor, a support or the bar.
 * Each problem names the file, the position and the field, in the format of every other content
 * error (src/lib/content-errors.ts), with what would be valid.
 */

/** What the checks need from an exercise. */
export interface FigureSource {
  /** File path for messages, relative to the project root. */
  file: string;
  cues: readonly string[];
  positions: readonly Position[];
}

const cmText = (units: number) => `${(Math.abs(units) * CM_PER_UNIT).toFixed(1)} cm`;
const TOUCH_TEXT = `within ${cmText(TOUCH)}`;

/** How a position is named in messages: its index in the list and its name. */
const where = (index: number, position: Position) => `positions[${index}] "${position.name}"`;

/** The writer's name for a limb's field: `legs.knee` when both sides share angles. */
function limbField(position: Position, limb: 'legs' | 'arms', side: Side, joint: string): string {
  if (!position.paired[limb]) return `${limb}.${joint}`;
  const words = SIDE_WORDS[position.view];
  return `${limb}.${side === 'near' ? words[0] : words[1]}.${joint}`;
}

/** Each joint angle of a position with its range and the field a writer would edit. */
function jointsOf(position: Position): { field: string; joint: JointName; value: number }[] {
  const joints: { field: string; joint: JointName; value: number }[] = [
    { field: 'neck', joint: 'neck', value: position.neck },
  ];
  const sidesOf = (limb: 'legs' | 'arms'): Side[] =>
    position.paired[limb] ? ['near', 'far'] : ['near'];
  for (const side of sidesOf('legs')) {
    const leg = position.legs[side];
    const field = (joint: string) => limbField(position, 'legs', side, joint);
    joints.push(
      { field: field('hip'), joint: 'hip', value: leg.hip },
      { field: field('abduction'), joint: 'hipAbduction', value: leg.abduction },
      { field: field('knee'), joint: 'knee', value: leg.knee },
      { field: field('ankle'), joint: 'ankle', value: leg.ankle },
    );
  }
  for (const side of sidesOf('arms')) {
    const arm = position.arms[side];
    const field = (joint: string) => limbField(position, 'arms', side, joint);
    joints.push(
      { field: field('shoulder'), joint: 'shoulder', value: arm.shoulder },
      { field: field('abduction'), joint: 'shoulderAbduction', value: arm.abduction },
      { field: field('rotation'), joint: 'shoulderRotation', value: arm.rotation },
      { field: field('elbow'), joint: 'elbow', value: arm.elbow },
    );
  }
  return joints;
}

const JOINT_WORDS: Record<JointName, string> = {
  hip: 'hip',
  hipAbduction: 'hip (sideways)',
  knee: 'knee',
  ankle: 'ankle',
  shoulder: 'shoulder',
  shoulderAbduction: 'shoulder (sideways)',
  shoulderRotation: 'shoulder (turning)',
  elbow: 'elbow',
  neck: 'neck',
};

function rangeProblems(source: FigureSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  source.positions.forEach((position, index) => {
    if (position.cue > source.cues.length) {
      problems.push({
        file: source.file,
        field: `${where(index, position)} cue`,
        value: String(position.cue),
        problem: `there is no step ${position.cue}; cues has ${source.cues.length} steps`,
        valid: `1 to ${source.cues.length}`,
      });
    }
    for (const { field, joint, value } of jointsOf(position)) {
      const range = JOINT_RANGE[joint];
      if (value >= range.min && value <= range.max) continue;
      problems.push({
        file: source.file,
        field: `${where(index, position)} ${field}`,
        value: String(value),
        problem: `is outside the human range of the ${JOINT_WORDS[joint]} (${range.min} to ${range.max} degrees)`,
        valid: `${range.min} (${range.meaning[0]}) to ${range.max} (${range.meaning[1]})`,
      });
    }
  });
  return problems;
}

/** "the near foot", "the hips", "the left forearm". */
export function partName(contact: Pick<PoseContact, 'part' | 'side'>, view: View): string {
  const label = CONTACT_PARTS[contact.part].label;
  if (!contact.side) return `the ${label}`;
  const words = SIDE_WORDS[view];
  return `the ${contact.side === 'near' ? words[0] : words[1]} ${label}`;
}

const supportName = (support: PlacedSupport | undefined, name: PoseContact['support']) =>
  support ? SUPPORTS[support.support].label : SUPPORTS[name].label;

/** The placed support a contact rests on (the floor is implicit). */
function supportFor(scene: Scene, contact: PoseContact): PlacedSupport {
  return (
    scene.supports.find((item) => item.support === contact.support) ?? {
      support: 'floor',
      kind: 'surface',
      top: 0,
      x0: -Infinity,
      x1: Infinity,
      facing: 1,
      cx: 0,
      cy: 0,
      r: 0,
      side: 'both',
    }
  );
}

/** Gaps between a contact's part and its support (one per circle that must touch). */
export function contactGaps(
  placed: Placed,
  contact: PoseContact,
  scene: Scene,
): { gap: number; circle: Circle }[] {
  const support = supportFor(scene, contact);
  const circles = regionCircles(placed.parts, contact, scene.view);
  const grip = contact.part === 'grip';
  const gaps = circles.map((circle) => ({ gap: gapTo(circle, support, grip), circle }));
  // A part pointing at the reader (a side plank's forearm seen from the front) shows no length
  // to lie flat along; then only its lowest point must touch.
  const segment = { forearm: 'forearm', shin: 'shank', hand: 'hand', foot: 'foot' }[
    contact.part as string
  ];
  const part = placed.parts.find((p) => p.id === `${contact.side ?? 'near'}-${segment}`);
  const foreshortened =
    part?.length !== undefined && part.length < 0.6 * (LENGTH[segment as 'forearm'] ?? Infinity);
  const flat =
    FLAT_PARTS.has(contact.part) &&
    support.kind === 'surface' &&
    !foreshortened &&
    (scene.view === 'side' || contact.part !== 'foot');
  if (flat) return gaps;
  return [gaps.reduce((best, item) => (item.gap < best.gap ? item : best))];
}

function contactProblems(source: FigureSource, scene: Scene): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const hint = (index: number, contact: PoseContact) => {
    const fix = suggestFix(source.positions, index, contact);
    return fix ? `; for example ${fix}` : suggestionFor(contact);
  };
  scene.positions.forEach((placed, index) => {
    const { position } = placed;
    const seen = new Set<string>();
    for (const contact of position.contacts) {
      const support = supportFor(scene, contact);
      const field = `${where(index, position)} contacts.${contact.key}`;
      const name = partName(contact, scene.view);
      const on = supportName(support, contact.support);
      const gaps = contactGaps(placed, contact, scene);
      const worst = gaps.reduce((a, b) => (Math.abs(b.gap) > Math.abs(a.gap) ? b : a));
      const key = `${contact.key}/${contact.side}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (contact.part === 'grip' && support.kind === 'bar') {
        if (worst.gap > TOUCH * 1.5) {
          problems.push({
            file: source.file,
            field,
            value: contact.support,
            problem: `${name} is ${cmText(worst.gap)} from ${on}, but the position says it grips it`,
            valid: `the hand ${TOUCH_TEXT} of the bar: change the arm angles (shoulder, elbow)`,
          });
        }
        continue;
      }
      if (worst.gap > TOUCH) {
        const flat =
          FLAT_PARTS.has(contact.part) &&
          gaps.length > 1 &&
          gaps.some((g) => Math.abs(g.gap) <= TOUCH);
        problems.push({
          file: source.file,
          field,
          value: contact.support,
          problem: flat
            ? `${name} does not lie flat on ${on}: one end is ${cmText(worst.gap)} above it`
            : `${name} is ${cmText(worst.gap)} ${support.kind === 'wall' ? 'away from' : 'above'} ${on}, but the position says it rests there`,
          valid: `${TOUCH_TEXT} of it: change the angles of that limb${hint(index, contact)}`,
        });
      } else if (worst.gap < -TOUCH) {
        problems.push({
          file: source.file,
          field,
          value: contact.support,
          problem: `${name} passes ${cmText(worst.gap)} into ${on}`,
          valid: `resting on it, ${TOUCH_TEXT}: change the angles of that limb${hint(index, contact)}`,
        });
      }
      if (support.kind === 'surface' && Number.isFinite(support.x0)) {
        const xs = gaps.map((g) => g.circle.x);
        const outside = Math.max(support.x0 - Math.min(...xs), Math.max(...xs) - support.x1);
        if (outside > TOUCH) {
          problems.push({
            file: source.file,
            field,
            value: contact.support,
            problem: `${name} is ${cmText(outside)} beyond the edge of ${on}`,
            valid: `on top of it: move that limb over it, or use the same foot or hand position as the position that placed it`,
          });
        }
      }
    }
  });
  return problems;
}

/** The joints that move a contact's body part, nearest the part first. */
function jointsFor(contact: PoseContact): { limb: 'legs' | 'arms' | 'trunk'; joint: string }[] {
  if (['hand', 'grip', 'forearm', 'fingertips'].includes(contact.part))
    return [
      { limb: 'arms', joint: 'elbow' },
      { limb: 'arms', joint: 'shoulder' },
      { limb: 'trunk', joint: 'trunk' },
    ];
  if (['hips', 'back', 'head', 'side'].includes(contact.part))
    return [
      { limb: 'trunk', joint: 'trunk' },
      { limb: 'legs', joint: 'hip' },
    ];
  return [
    { limb: 'legs', joint: 'knee' },
    { limb: 'legs', joint: 'ankle' },
    { limb: 'legs', joint: 'hip' },
  ];
}

/** The position with one angle changed (on one side when the contact has a side). */
function withAngle(
  position: Position,
  limb: 'legs' | 'arms' | 'trunk',
  joint: string,
  side: Side,
  value: number,
): Position {
  if (limb === 'trunk') return { ...position, [joint]: value };
  const pair = position[limb] as Record<Side, Record<string, number>>;
  // Angles written once for both sides change together, as the writer would change them.
  if (!position.paired[limb]) {
    const both = { ...pair.near, [joint]: value };
    return { ...position, [limb]: { near: both, far: both } } as Position;
  }
  return {
    ...position,
    [limb]: { ...pair, [side]: { ...pair[side], [joint]: value } },
  } as Position;
}

/**
 * A single angle that would put a contact on its support, found by bisection on the contact's
 * gap, trying the joints nearest the part first: "legs.far.knee 84". Undefined when none does.
 */
export function suggestFix(
  positions: readonly Position[],
  index: number,
  contact: PoseContact,
): string | undefined {
  const position = positions[index]!;
  const side = contact.side ?? 'near';
  for (const { limb, joint } of jointsFor(contact)) {
    const current =
      limb === 'trunk'
        ? (position[joint as 'trunk'] as number)
        : (position[limb][side] as Record<string, number>)[joint]!;
    const gapAt = (value: number): number | undefined => {
      const changed = positions.map((p, i) =>
        i === index ? withAngle(p, limb, joint, side, value) : p,
      );
      try {
        const scene = buildScene(changed);
        const placed = scene.positions[index]!;
        const target = placed.position.contacts.find(
          (c) => c.key === contact.key && c.side === contact.side,
        )!;
        const gaps = contactGaps(placed, target, scene);
        return gaps.reduce((a, b) => (Math.abs(b.gap) > Math.abs(a.gap) ? b : a)).gap;
      } catch {
        return undefined;
      }
    };
    const start = gapAt(current);
    if (start === undefined) continue;
    for (const direction of [1, -1]) {
      let low = current;
      let high = current + direction * 50;
      const gLow = start;
      const gHigh = gapAt(high);
      if (gHigh === undefined || Math.sign(gHigh) === Math.sign(gLow)) continue;
      for (let step = 0; step < 24; step++) {
        const mid = (low + high) / 2;
        const g = gapAt(mid);
        if (g === undefined) break;
        if (Math.sign(g) === Math.sign(gLow)) low = mid;
        else high = mid;
      }
      const value = Math.round((low + high) / 2);
      const field = limb === 'trunk' ? joint : limbField(position, limb, side, joint);
      return `${field}: ${value}`;
    }
  }
  return undefined;
}

function suggestionFor(contact: PoseContact): string {
  if (['hand', 'grip', 'forearm', 'fingertips'].includes(contact.part))
    return ' (shoulder, elbow) or the trunk';
  if (['hips', 'back', 'head', 'side'].includes(contact.part)) return ' or the trunk';
  return ' (hip, knee, ankle)';
}

const ROLLING = new Set(['grip', 'back', 'hips', 'head', 'side']);

/**
 * A part that rests on the same support in two positions in a row must stay where it was (a
 * planted foot does not slide between the start and the bottom of a split squat).
 */
function slideProblems(source: FigureSource, scene: Scene): ContentProblem[] {
  const problems: ContentProblem[] = [];
  scene.positions.forEach((placed, index) => {
    if (index === 0) return;
    const before = scene.positions[index - 1]!;
    for (const contact of placed.position.contacts) {
      // Parts that roll over their support (the back on a bench's edge) may move along it.
      if (ROLLING.has(contact.part) || supportFor(scene, contact).kind !== 'surface') continue;
      const held = before.position.contacts.some(
        (c) => c.part === contact.part && c.side === contact.side && c.support === contact.support,
      );
      if (!held) continue;
      const x = (p: Placed) => {
        const gaps = contactGaps(p, contact, scene).map((g) => g.circle.x);
        return gaps.reduce((a, b) => a + b, 0) / gaps.length;
      };
      const moved = x(placed) - x(before);
      if (Math.abs(moved) <= TOUCH * 1.5) continue;
      problems.push({
        file: source.file,
        field: `${where(index, placed.position)} contacts.${contact.key}`,
        value: contact.support,
        problem: `${partName(contact, scene.view)} rests on ${SUPPORTS[contact.support].label} in "${before.position.name}" too, but ${cmText(moved)} ${moved > 0 ? 'further forward' : 'further back'}, so it would slide`,
        valid: `the same place in both positions: change the angles of that leg or arm, or of the trunk`,
      });
    }
  });
  return problems;
}

/** The base of support: the span of every point that rests on something, along the drawing. */
export function baseOfSupport(
  placed: Placed,
  scene: Scene,
): { min: number; max: number; hanging: boolean } {
  const xs: number[] = [];
  let hanging = true;
  for (const contact of placed.position.contacts) {
    const support = supportFor(scene, contact);
    if (support.kind !== 'bar') hanging = false;
    for (const { gap, circle } of contactGaps(placed, contact, scene)) {
      if (Math.abs(gap) > TOUCH * 1.5 && !(contact.part === 'grip')) continue;
      if (support.kind === 'wall') xs.push(support.x0);
      else if (support.kind === 'bar') xs.push(support.cx);
      else xs.push(circle.x);
    }
  }
  return xs.length === 0
    ? { min: NaN, max: NaN, hanging }
    : { min: Math.min(...xs), max: Math.max(...xs), hanging };
}

function balanceProblems(source: FigureSource, scene: Scene): ContentProblem[] {
  const problems: ContentProblem[] = [];
  scene.positions.forEach((placed, index) => {
    const { position } = placed;
    if (position.phase !== 'static') return;
    const base = baseOfSupport(placed, scene);
    if (Number.isNaN(base.min)) return;
    const margin = base.hanging ? TOUCH * 2 : TOUCH;
    const x = placed.com.x;
    if (x >= base.min - margin && x <= base.max + margin) return;
    const outside = x < base.min ? base.min - x : x - base.max;
    const direction =
      scene.view === 'side'
        ? x < base.min
          ? 'behind'
          : 'in front of'
        : x < base.min
          ? 'to one side of'
          : 'to the other side of';
    const load = placed.loadKg > 0 ? ` with the ${placed.loadKg} kg load` : '';
    problems.push({
      file: source.file,
      field: `${where(index, position)} balance`,
      value: position.phase,
      problem: base.hanging
        ? `the centre of mass${load} is ${cmText(outside)} ${direction} the bar, so a hanging body would swing`
        : `the centre of mass${load} is ${cmText(outside)} ${direction} the base of support (what rests on ${position.contacts
            .map((c) => c.support)
            .filter((v, i, all) => all.indexOf(v) === i)
            .join(' and ')}), so the position would tip over`,
      valid: base.hanging
        ? 'the centre of mass under the bar: change the trunk or leg angles'
        : `the centre of mass over the base of support: change the trunk lean or the joint angles, or set phase: moving if the position is passed through rather than held`,
    });
  });
  return problems;
}

/** A bench's padded top, figure units (about 7 cm). */
const BENCH_PAD = 4;

/** Depth a circle reaches inside a support (positive = inside). */
function depthInside(circle: Circle, support: PlacedSupport): number {
  if (support.kind === 'bar')
    return support.r + circle.r - Math.hypot(circle.x - support.cx, circle.y - support.cy);
  if (support.kind === 'wall') return -(support.facing * (circle.x - support.x0) - circle.r);
  if (support.support === 'floor' || support.support === 'mat')
    return support.top - (circle.y - circle.r);
  // A box, step or pad is solid from the floor to its top; a bench is a padded top on legs at
  // its ends, with room beneath it (the Copenhagen plank's lower leg passes under it).
  const bottom = support.support === 'bench' ? support.top - BENCH_PAD : 0;
  const nearestX = Math.max(support.x0, Math.min(circle.x, support.x1));
  const nearestY = Math.max(bottom, Math.min(circle.y, support.top));
  const inside =
    circle.x > support.x0 && circle.x < support.x1 && circle.y < support.top && circle.y > bottom;
  if (inside)
    return (
      circle.r +
      Math.min(
        circle.x - support.x0,
        support.x1 - circle.x,
        support.top - circle.y,
        circle.y - bottom,
      )
    );
  return circle.r - Math.hypot(circle.x - nearestX, circle.y - nearestY);
}

const PART_WORDS: Record<string, string> = {
  trunk: 'trunk',
  neck: 'neck',
  head: 'head',
  thigh: 'thigh',
  shank: 'shin',
  foot: 'foot',
  toes: 'toes',
  'upper-arm': 'upper arm',
  forearm: 'forearm',
  hand: 'hand',
};

function partWords(part: Part, view: View): string {
  const [side, ...rest] = part.id.split('-');
  if (side !== 'near' && side !== 'far') return `the ${PART_WORDS[part.id] ?? part.id}`;
  const words = SIDE_WORDS[view];
  return `the ${side === 'near' ? words[0] : words[1]} ${PART_WORDS[rest.join('-')] ?? rest.join(' ')}`;
}

const FLOOR: PlacedSupport = {
  support: 'floor',
  kind: 'surface',
  top: 0,
  x0: -Infinity,
  x1: Infinity,
  facing: 1,
  cx: 0,
  cy: 0,
  r: 0,
  side: 'both',
};

/** How deep each body part reaches into the floor or a support (only the positive ones). */
export function penetrations(
  placed: Placed,
  scene: Scene,
): { part: Part; support: PlacedSupport; depth: number }[] {
  const out: { part: Part; support: PlacedSupport; depth: number }[] = [];
  for (const support of [FLOOR, ...scene.supports]) {
    for (const part of placed.parts) {
      // A hand closed round a bar holds it, it does not collide with it.
      if (support.kind === 'bar' && part.id.endsWith('-hand')) continue;
      // A bench under the far knee and hand stands beside the near leg, not under it.
      if (support.side === 'far' && part.id.startsWith('near-')) continue;
      const depth = Math.max(
        ...skinOf(part, scene.view).map((circle) => depthInside(circle, support)),
      );
      if (depth > 0) out.push({ part, support, depth });
    }
  }
  return out;
}

function penetrationProblems(source: FigureSource, scene: Scene): ContentProblem[] {
  const problems: ContentProblem[] = [];
  scene.positions.forEach((placed, index) => {
    const { position } = placed;
    const reported = new Set<string>();
    const report = (key: string, problem: string, valid: string) => {
      if (reported.has(key)) return;
      reported.add(key);
      problems.push({
        file: source.file,
        field: `${where(index, position)} body`,
        value: key,
        problem,
        valid,
      });
    };
    for (const { part, support, depth } of penetrations(placed, scene)) {
      if (depth <= TOUCH) continue;
      report(
        partWords(part, scene.view).replace(/^the /, ''),
        `${partWords(part, scene.view)} passes ${cmText(depth)} into ${SUPPORTS[support.support].label}`,
        `the body on or beside it, never through it: change the angles or the contacts`,
      );
    }
    for (const gear of placed.gear) {
      if (gear.kind === 'band') continue;
      const reach =
        gear.kind === 'barbell' || gear.kind === 'trap-bar'
          ? PLATE_RADIUS
          : gear.kind === 'kettlebell'
            ? KETTLEBELL_DROP
            : 3.3;
      const bottom = gear.y - reach;
      if (bottom < -TOUCH) {
        report(
          gear.hold,
          `${HOLDS[gear.hold].label} passes ${cmText(bottom)} into the floor`,
          'the weight resting on the floor or above it: raise the hands (less hip or knee bend, or straighter arms)',
        );
      }
      if (gear.kind === 'barbell' && gear.hold === 'barbell') {
        for (const part of placed.parts.filter((p) => /-(shank|thigh)$/.test(p.id))) {
          const depth = Math.max(
            ...skinOf(part, scene.view).map(
              (c) => BAR_RADIUS + c.r - Math.hypot(c.x - gear.x, c.y - gear.y),
            ),
          );
          if (depth > TOUCH) {
            report(
              `${gear.hold}/${part.id}`,
              `the bar passes ${cmText(depth)} through ${partWords(part, scene.view)}`,
              'the bar touching the legs, not inside them: move the hands forward (shoulder angle) or the shins back',
            );
          }
        }
      }
    }
    for (const problem of holdProblems(placed, scene))
      report(problem.key, problem.problem, problem.valid);
  });
  return problems;
}

/** How far a load is from where the cues put it (0 when in place), per load that has a place. */
export function holdGaps(
  placed: Placed,
  scene: Pick<Scene, 'view'>,
): { hold: Hold; gap: number; limit: number }[] {
  const out: { hold: Hold; gap: number; limit: number }[] = [];
  const trunk = placed.parts.find((p) => p.id === 'trunk');
  const fists = placed.parts
    .filter((p) => p.id.endsWith('-hand'))
    .map((p) => skinOf(p, scene.view)[0]!);
  if (!trunk) return out;
  const trunkCircles = skinOf(trunk, scene.view);
  for (const gear of placed.gear) {
    if (gear.hold === 'goblet') {
      // Hugged to the chest: a fist within a few centimetres of the trunk's front.
      const gap = Math.min(
        ...fists.flatMap((fist) =>
          trunkCircles.map((c) => Math.hypot(fist.x - c.x, fist.y - c.y) - c.r - fist.r),
        ),
      );
      out.push({ hold: gear.hold, gap: Math.max(0, gap), limit: 4 });
    }
    if (gear.kind === 'barbell' && (gear.hold === 'back-bar' || gear.hold === 'hip-bar')) {
      // Hands on the bar (in the drawing; the grip itself is out to the sides).
      const reach = Math.min(...fists.map((fist) => Math.hypot(fist.x - gear.x, fist.y - gear.y)));
      out.push({ hold: gear.hold, gap: reach, limit: 5 });
    }
  }
  return out;
}

/** Loads that must sit on the body where the cues put them (the goblet at the chest, the bar on the back). */
function holdProblems(
  placed: Placed,
  scene: Scene,
): { key: string; problem: string; valid: string }[] {
  return holdGaps(placed, scene)
    .filter(({ gap, limit }) => gap > limit)
    .map(({ hold, gap }) =>
      hold === 'goblet'
        ? {
            key: hold,
            problem: `the kettlebell is held ${cmText(gap)} away from the chest`,
            valid: 'hugged to the chest: bend the elbows more, or raise the upper arms less',
          }
        : {
            key: hold,
            problem: `the hands are ${cmText(gap)} from ${HOLDS[hold].label.replace(/^a /, 'the ')}`,
            valid: 'the hands on the bar: change the shoulder and elbow angles',
          },
    );
}

/** Every problem with an exercise's figure; an empty list means it may be drawn. */
export function figureProblems(source: FigureSource): ContentProblem[] {
  const ranges = rangeProblems(source);
  let scene: Scene;
  try {
    scene = buildScene(source.positions);
  } catch (error) {
    return [
      ...ranges,
      {
        file: source.file,
        field: 'positions',
        problem: `could not be laid out (${error instanceof Error ? error.message : String(error)})`,
      },
    ];
  }
  return [
    ...ranges,
    ...contactProblems(source, scene),
    ...slideProblems(source, scene),
    ...balanceProblems(source, scene),
    ...penetrationProblems(source, scene),
  ];
}
