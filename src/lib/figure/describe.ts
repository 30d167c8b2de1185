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
  if (knee < 70) return `bent about ${round5(knee)}°`;
  if (knee < 110) return 'bent to about a right angle';
  return `deeply bent (about ${round5(knee)}°)`;
}

function elbowWords(elbow: number): string {
  if (elbow < 15) return 'straight';
  if (elbow < 70) return `bent about ${round5(elbow)}°`;
  if (elbow < 110) return 'bent to about a right angle';
  return 'fully bent';
}

const sameLegs = (p: Position) =>
  Math.abs(p.legs.near.knee - p.legs.far.knee) < 10 &&
  Math.abs(p.legs.near.hip - p.legs.far.hip) < 15;

/** Which side's foot is ahead in a side view ("front" and "back" for a reader). */
function legNames(placed: Placed, scene: Scene): Record<Side, string> {
  if (scene.view === 'front') {
    const lying = Math.abs(placed.position.tilt) > 50;
    if (lying) {
      const nearIsTop = placed.position.tilt > 0;
      return { near: nearIsTop ? 'top' : 'bottom', far: nearIsTop ? 'bottom' : 'top' };
    }
    return { near: 'left', far: 'right' };
  }
  const ankle = (side: Side) => project(placed.body.legs[side].ankle, 'side').x;
  const lying = Math.abs(placed.position.trunk) > 60;
  if (lying) return { near: 'one', far: 'the other' };
  return ankle('near') >= ankle('far')
    ? { near: 'front', far: 'back' }
    : { near: 'back', far: 'front' };
}

function posture(placed: Placed, scene: Scene): string {
  const p = placed.position;
  const supports = new Set(p.contacts.map((c) => c.support));
  const parts = new Set(p.contacts.map((c) => c.part));
  if (p.phase === 'airborne') return 'in the air';
  if (
    p.contacts.length > 0 &&
    p.contacts.every((c) => c.part === 'grip' && SUPPORTS[c.support].kind === 'bar')
  ) {
    return `hanging from the bar with the arms ${elbowWords(p.arms.near.elbow)}`;
  }
  if (scene.view === 'front' && Math.abs(p.tilt) > 50) {
    const on = parts.has('forearm')
      ? 'propped on one forearm'
      : parts.has('hand')
        ? 'propped on one hand'
        : 'lying';
    return `${on} on the ${p.tilt > 0 ? 'right' : 'left'} side, ${Math.abs(p.tilt) > 80 ? 'flat along the floor' : 'body raised in a straight line'}`;
  }
  if (p.trunk <= -55) {
    if (parts.has('back') && supports.has('bench')) return 'with the upper back on a bench';
    return 'lying on the back';
  }
  if (p.trunk >= 60 && (parts.has('forearm') || parts.has('hand'))) {
    const on = parts.has('forearm') ? 'forearms' : 'hands';
    const feet = parts.has('knee') ? 'knees' : 'toes';
    return `face down, on the ${on} and ${feet}`;
  }
  if (parts.has('knee') && !parts.has('foot')) return 'kneeling';
  const lean = Math.abs(p.trunk);
  const trunk =
    lean < 10
      ? 'upright'
      : lean < 35
        ? `leaning slightly ${p.trunk > 0 ? 'forward' : 'back'} (about ${round5(lean)}°)`
        : lean < 65
          ? `hinged forward about ${round5(lean)}° with a flat back`
          : 'hinged forward until the trunk is nearly level, back flat';
  return `standing ${trunk}`;
}

function legsText(placed: Placed, scene: Scene): string {
  const p = placed.position;
  if (sameLegs(p)) return `knees ${kneeWords(p.legs.near.knee)}`;
  const names = legNames(placed, scene);
  return (['near', 'far'] as const)
    .map((side) => `${names[side]} knee ${kneeWords(p.legs[side].knee)}`)
    .join(', ');
}

function contactText(placed: Placed, scene: Scene): string {
  const p = placed.position;
  const names = legNames(placed, scene);
  const phrases: string[] = [];
  const grouped = new Map<string, string[]>();
  for (const contact of p.contacts) {
    if (contact.part === 'grip') continue;
    const words: Record<string, string> = {
      foot: 'foot flat',
      ball: 'ball of the foot',
      heel: 'heel',
      instep: 'top of the foot',
      ankle: 'ankle',
      shin: 'shin',
      knee: 'knee',
      hand: 'hand',
      fingertips: 'fingertips',
      forearm: 'forearm',
      hips: 'hips',
      back: 'upper back',
      head: 'head',
      side: 'hip',
    };
    const part = words[contact.part] ?? contact.part;
    const who =
      contact.side &&
      (contact.part === 'foot' ||
        contact.part === 'ball' ||
        contact.part === 'knee' ||
        contact.part === 'instep')
        ? `${names[contact.side]} `
        : '';
    const list = grouped.get(contact.support) ?? [];
    const phrase = `${who}${part}`;
    if (!list.includes(phrase)) list.push(phrase);
    grouped.set(contact.support, list);
  }
  for (const [support, list] of grouped) {
    const merged =
      list.length === 2 &&
      list[0]!.replace(/^\w+ /, '') === list[1]!.replace(/^\w+ /, '') &&
      scene.view === 'side' &&
      sameLegs(p)
        ? [plural(list[0]!.replace(/^\w+ /, ''))]
        : list;
    phrases.push(`${merged.join(' and ')} on ${SUPPORTS[support as keyof typeof SUPPORTS].label}`);
  }
  return phrases.join('; ');
}

function plural(part: string): string {
  const map: Record<string, string> = {
    'foot flat': 'feet flat',
    'ball of the foot': 'balls of the feet',
    heel: 'heels',
    'top of the foot': 'tops of the feet',
    knee: 'knees',
    hand: 'hands',
    forearm: 'forearms',
    shin: 'shins',
  };
  return map[part] ?? part;
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
  if (arms.shoulder > 150 || arms.abduction > 150) pieces.push('arms overhead');
  else if (
    arms.shoulder > 60 &&
    p.trunk < 40 &&
    p.holds.length === 0 &&
    !p.contacts.some((c) => c.part === 'grip')
  )
    pieces.push('arms reaching forward');
  const hold = holdText(p);
  if (hold) pieces.push(hold);
  const contacts = contactText(placed, scene);
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
