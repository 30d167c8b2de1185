import type { Position } from '../../schemas/pose.ts';
import { CM_PER_UNIT } from './body-model.ts';
import { project } from './kinematics.ts';
import type { Placed, Scene } from './scene.ts';
import { HOLDS, SUPPORTS, type Side } from './vocabulary.ts';

/**
 * Text alternatives written from the figure's data: what the body does in each position, and
 * what changes from the first position to the last. They say what a reader would see
 * (standing upright, knees bent to about a right angle, holding a kettlebell at the chest)
 * rather than "figure of an exercise".
 */

const round5 = (degrees: number) => Math.round(degrees / 5) * 5;

function kneeWords(knee: number): string {
  if (knee < 12) return 'straight';
  if (knee < 30) return 'slightly bent';
  if (knee < 80) return `bent about ${round5(knee)}°`;
  if (knee < 105) return 'bent to about a right angle';
  return `deeply bent (about ${round5(knee)}°)`;
}

function elbowWords(elbow: number): string {
  if (elbow < 15) return 'straight';
  if (elbow < 80) return `bent about ${round5(elbow)}°`;
  if (elbow < 105) return 'bent to about a right angle';
  return 'fully bent';
}

const sameLegs = (p: Position) =>
  Math.abs(p.legs.near.knee - p.legs.far.knee) < 10 &&
  Math.abs(p.legs.near.hip - p.legs.far.hip) < 15;

/** Whether the body is lying or propped rather than upright (then "front/back leg" means nothing). */
function lying(p: Position): boolean {
  const parts = new Set(p.contacts.map((c) => c.part));
  return (
    Math.abs(p.tilt) > 50 ||
    (Math.abs(p.trunk) > 50 &&
      (parts.has('back') ||
        parts.has('hips') ||
        parts.has('hand') ||
        parts.has('forearm') ||
        parts.has('shin')))
  );
}

/** What to call each leg: front and back in a standing side view, top and bottom lying on a side. */
function legNames(placed: Placed, scene: Scene): Record<Side, string> {
  const p = placed.position;
  if (scene.view === 'front') {
    if (Math.abs(p.tilt) > 50) {
      const nearIsTop = p.tilt > 0;
      return { near: nearIsTop ? 'top' : 'bottom', far: nearIsTop ? 'bottom' : 'top' };
    }
    return { near: 'left', far: 'right' };
  }
  if (lying(p)) return { near: 'one', far: 'the other' };
  const ankle = (side: Side) => project(placed.body.legs[side].ankle, 'side').x;
  return ankle('near') >= ankle('far')
    ? { near: 'front', far: 'back' }
    : { near: 'back', far: 'front' };
}

function posture(placed: Placed, scene: Scene): string {
  const p = placed.position;
  const parts = new Set(p.contacts.map((c) => c.part));
  const supports = new Set(p.contacts.map((c) => c.support));
  if (p.phase === 'airborne') return 'in the air';
  if (
    p.contacts.length > 0 &&
    p.contacts.every((c) => c.part === 'grip' && SUPPORTS[c.support].kind === 'bar')
  ) {
    return `hanging from the bar with the arms ${elbowWords(p.arms.near.elbow)}`;
  }
  if (scene.view === 'front' && Math.abs(p.tilt) > 50) {
    const on = parts.has('forearm') ? 'propped on one forearm' : 'lying';
    const straight = Math.abs(p.legs.near.abduction) < 8 && Math.abs(p.legs.far.abduction) < 12;
    const body = parts.has('side')
      ? 'hips down'
      : straight
        ? 'hips lifted, body in a straight line'
        : 'hips low';
    return `${on} on the ${p.tilt > 0 ? 'right' : 'left'} side, ${body}`;
  }
  if (parts.has('back') && supports.has('bench')) return 'reclined with the upper back on a bench';
  if (p.trunk <= -55 && (parts.has('back') || parts.has('hips'))) return 'lying on the back';
  if (p.trunk <= -55 && parts.has('grip'))
    return `hanging under the bar with the arms ${elbowWords(p.arms.near.elbow)}, body straight, heels on the floor`;
  const oneHand = p.contacts.filter((c) => c.part === 'hand').length === 1;
  if (p.trunk >= 60 && oneHand) {
    const bench = p.contacts.find((c) => c.part === 'hand')!.support;
    return `bent over with the back flat, one hand on ${SUPPORTS[bench].label}`;
  }
  if (p.trunk >= 60 && (parts.has('forearm') || parts.has('hand'))) {
    const on = parts.has('forearm') ? 'forearms' : 'hands';
    const legs = parts.has('shin') ? 'shins' : parts.has('knee') ? 'knees' : 'toes';
    return `face down, on the ${on} and ${legs}`;
  }
  if ((parts.has('knee') || parts.has('shin')) && !parts.has('foot')) {
    return p.trunk < 15 ? 'kneeling tall' : `kneeling, leaning forward about ${round5(p.trunk)}°`;
  }
  const lean = Math.abs(p.trunk);
  const way = p.trunk > 0 ? 'forward' : 'back';
  const trunk =
    lean < 10
      ? 'upright'
      : lean < 35
        ? `leaning slightly ${way} (about ${round5(lean)}°)`
        : p.trunk < 0
          ? `leaning back about ${round5(lean)}°`
          : lean < 65
            ? `hinged forward about ${round5(lean)}° with a flat back`
            : 'hinged forward until the trunk is nearly level, back flat';
  return `${parts.has('foot') || parts.has('ball') || parts.has('heel') ? 'standing' : 'balancing'} ${trunk}`;
}

function legsText(placed: Placed, scene: Scene): string {
  const p = placed.position;
  if (sameLegs(p)) return `knees ${kneeWords(p.legs.near.knee)}`;
  const names = legNames(placed, scene);
  return (['near', 'far'] as const)
    .map((side) => `${names[side]} knee ${kneeWords(p.legs[side].knee)}`)
    .join(', ');
}

const PART_WORDS: Record<string, [one: string, both: string]> = {
  foot: ['foot flat', 'feet flat'],
  ball: ['ball of the foot', 'balls of the feet'],
  heel: ['heel', 'heels'],
  instep: ['top of the foot', 'tops of the feet'],
  ankle: ['ankle', 'ankles'],
  shin: ['shin', 'shins'],
  knee: ['knee', 'knees'],
  hand: ['hand', 'hands'],
  fingertips: ['fingertips', 'fingertips'],
  forearm: ['forearm', 'forearms'],
  hips: ['hips', 'hips'],
  back: ['upper back', 'upper back'],
  head: ['head', 'head'],
  side: ['hip', 'hips'],
};

/** "feet flat on the floor; back knee on a bench": what rests on what, in reading order. */
function contactText(placed: Placed, scene: Scene, said: string): string {
  const p = placed.position;
  const names = legNames(placed, scene);
  const bySupport = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const contact of p.contacts) {
    if (contact.part === 'grip' || seen.has(`${contact.part}/${contact.support}`)) continue;
    const both =
      p.contacts.filter((c) => c.part === contact.part && c.support === contact.support).length > 1;
    seen.add(`${contact.part}/${contact.support}`);
    const [one, many] = PART_WORDS[contact.part]!;
    // Parts the posture already named ("on the forearms and toes") are not repeated.
    if (said.includes(one.split(' ')[0]!)) continue;
    const leg = ['foot', 'ball', 'heel', 'instep', 'knee', 'shin', 'ankle'].includes(contact.part);
    const phrase =
      both || !contact.side
        ? many
        : leg
          ? `${names[contact.side]} ${one}`
          : contact.part === 'fingertips'
            ? 'fingertips of one hand'
            : `one ${one}`;
    const list = bySupport.get(contact.support) ?? [];
    list.push(phrase.replace(/^the other /, 'other '));
    bySupport.set(contact.support, list);
  }
  return [...bySupport]
    .map(
      ([support, list]) =>
        `${list.join(' and ')} on ${SUPPORTS[support as keyof typeof SUPPORTS].label}`,
    )
    .join('; ');
}

function holdText(position: Position): string {
  return position.holds.map((hold) => `holding ${HOLDS[hold].label}`).join(', ');
}

/** One position in words: "Bottom: standing upright, knees deeply bent (about 120°), ...". */
export function describePosition(placed: Placed, scene: Scene): string {
  const p = placed.position;
  const pieces = [posture(placed, scene)];
  if (!/hanging/.test(pieces[0]!)) pieces.push(legsText(placed, scene));
  const arms = p.arms.near;
  if ((arms.shoulder > 150 || arms.abduction > 150) && !/hanging/.test(pieces[0]!))
    pieces.push('arms overhead');
  else if (
    arms.shoulder > 60 &&
    Math.abs(p.trunk) < 40 &&
    p.holds.length === 0 &&
    p.contacts.every((c) => !['grip', 'fingertips'].includes(c.part))
  )
    pieces.push('arms reaching forward');
  const hold = holdText(p);
  if (hold) pieces.push(hold);
  const contacts = contactText(placed, scene, pieces[0]!);
  if (contacts) pieces.push(contacts);
  return `${p.label}: ${pieces.join(', ')}.`;
}

/** What changes from the first position to the most different one, in a sentence. */
export function describeMovement(scene: Scene): string {
  const first = scene.positions[0]!;
  const others = scene.positions.slice(1);
  const change = (placed: Placed) =>
    Math.hypot(placed.pelvis.x - first.pelvis.x, placed.pelvis.y - first.pelvis.y);
  const most = others.reduce((a, b) => (change(b) > change(a) ? b : a));
  const cm = (units: number) => Math.round((Math.abs(units) * CM_PER_UNIT) / 5) * 5;
  const pieces: string[] = [];
  const legs = (a: Position['legs']['near'], b: Position['legs']['near']) =>
    Math.abs(a.hip - b.hip) + Math.abs(a.knee - b.knee) + Math.abs(a.ankle - b.ankle) < 10;
  if (
    legs(first.position.legs.near, most.position.legs.far) &&
    legs(first.position.legs.far, most.position.legs.near) &&
    !legs(first.position.legs.near, first.position.legs.far)
  ) {
    // A drill that alternates sides (a skip, a run): the legs trade places.
    const labels = scene.positions.map((placed) => placed.position.label.toLowerCase());
    return `From ${labels[0]} to ${labels.slice(1).join(', then ')}: the legs swap over, the arms swinging opposite them.`;
  }
  const dy = most.pelvis.y - first.pelvis.y;
  if (cm(dy) >= 5) pieces.push(`the hips ${dy < 0 ? 'lower' : 'rise'} about ${cm(dy)} cm`);
  const knee = most.position.legs.near.knee - first.position.legs.near.knee;
  if (Math.abs(knee) >= 20 && sameLegs(most.position) && sameLegs(first.position))
    pieces.push(
      `the knees ${knee > 0 ? 'bend' : 'straighten'} by about ${round5(Math.abs(knee))}°`,
    );
  const trunk = most.position.trunk - first.position.trunk;
  if (Math.abs(trunk) >= 15 && Math.abs(first.position.trunk) < 60)
    pieces.push(
      `the trunk tips ${trunk > 0 ? 'forward' : 'back'} about ${round5(Math.abs(trunk))}°`,
    );
  const elbow = most.position.arms.near.elbow - first.position.arms.near.elbow;
  if (Math.abs(elbow) >= 30)
    pieces.push(
      `the elbows ${elbow > 0 ? 'bend' : 'straighten'} by about ${round5(Math.abs(elbow))}°`,
    );
  const ankle = most.position.legs.near.ankle - first.position.legs.near.ankle;
  if (Math.abs(ankle) >= 20 && pieces.length < 2)
    pieces.push(
      `the ankles ${ankle < 0 ? 'point the toes down' : 'flex the toes up'} by about ${round5(Math.abs(ankle))}°`,
    );
  const labels = scene.positions.map((placed) => placed.position.label.toLowerCase());
  const route = `From ${labels[0]} to ${labels.slice(1).join(', then ')}`;
  if (pieces.length === 0) return `${route}.`;
  const list =
    pieces.length === 1 ? pieces[0]! : `${pieces.slice(0, -1).join(', ')} and ${pieces.at(-1)!}`;
  return `${route}: ${list}.`;
}
