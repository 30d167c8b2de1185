import { z } from 'astro/zod';
import {
  CONTACT_PARTS,
  FACINGS,
  HOLD_KEYS,
  PHASES,
  SIDE_WORDS,
  SUPPORTS,
  VIEWS,
  type ContactPart,
  type Side,
  type Support,
  type View,
} from '../lib/figure/vocabulary.ts';
import { oneOf, SLUG_PATTERN, text } from './shared.ts';

/**
 * `positions:` in an exercise's front matter: the key positions its drawn figure shows (see
 * docs/authoring.md, "Drawn figures"). Angles are degrees from standing neutral; the physical
 * checks (joint ranges, contacts, balance) run on the whole exercise in src/lib/figure/checks.ts.
 * The output is normalised: both limbs spelled out, contacts as a list, defaults filled in.
 */

/** A joint angle in degrees, with the sign convention in the message. */
const angle = (convention: string) =>
  z
    .number({
      error: (issue) => `"${String(issue.input)}" must be a number of degrees (${convention})`,
    })
    .min(-180, { error: `must be between -180 and 180 degrees (${convention})` })
    .max(180, { error: `must be between -180 and 180 degrees (${convention})` });

const legSchema = z
  .object({
    /** Hip flexion: thigh forward of the trunk line is positive, behind it negative. */
    hip: angle('0 = thigh in line with the trunk, positive = thigh forward').default(0),
    /** Hip abduction: the leg out to its own side is positive (front views). */
    abduction: angle('0 = leg straight down, positive = out to the side').default(0),
    /** Knee flexion: 0 straight, 90 a right angle. */
    knee: angle('0 = straight, positive = bent').default(0),
    /** Ankle: 0 foot at a right angle to the shin, positive toes up, negative on tiptoe. */
    ankle: angle('0 = foot at a right angle to the shin, positive = toes toward the shin').default(
      0,
    ),
  })
  .strict();

const armSchema = z
  .object({
    /** Shoulder flexion: 0 arm down by the side, 90 reaching forward, 180 overhead. */
    shoulder: angle('0 = arm down by the side, 90 = forward, 180 = overhead').default(0),
    /** Shoulder abduction: 0 arm by the side, 90 straight out to the side (front views). */
    abduction: angle('0 = arm by the side, 90 = out to the side').default(0),
    /** Shoulder rotation about the upper arm: positive turns the forearm out (and up when the arm is out to the side). */
    rotation: angle(
      '0 = elbow bending forward, 90 = forearm turned out (up when the arm is out to the side)',
    ).default(0),
    /** Elbow flexion: 0 straight. */
    elbow: angle('0 = straight, positive = bent').default(0),
  })
  .strict();

type Leg = z.output<typeof legSchema>;
type Arm = z.output<typeof armSchema>;

const SIDE_KEYS = ['near', 'far', 'left', 'right'];

/**
 * Either one set of angles for both limbs, or one per side ("near:"/"far:" in a side view,
 * "left:"/"right:" in a front view). Which form is meant is read from the keys, so a typo inside
 * one limb reports that field rather than "matches neither form".
 */
function pairOf<T extends z.ZodObject>(limb: T, what: string) {
  return z
    .unknown()
    .optional()
    .transform((value, context) => {
      const out: Partial<Record<'both' | 'near' | 'far' | 'left' | 'right', z.output<T>>> = {};
      if (value === undefined) return out;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        context.addIssue({
          code: 'custom',
          message: `must be ${what} angles such as { knee: 90 }, or one set per side`,
        });
        return out;
      }
      const entries = Object.entries(value as Record<string, unknown>);
      const sided = entries.some(([key]) => SIDE_KEYS.includes(key));
      const parts: [key: string | undefined, value: unknown][] = sided
        ? entries
        : [[undefined, value]];
      for (const [key, part] of parts) {
        if (key !== undefined && !SIDE_KEYS.includes(key)) {
          context.addIssue({
            code: 'custom',
            path: [key],
            message: `"${key}" mixes a joint with sides; write every joint under near:/far: (or left:/right:)`,
          });
          continue;
        }
        const parsed = limb.safeParse(part ?? {});
        if (parsed.success) out[(key ?? 'both') as keyof typeof out] = parsed.data;
        else
          for (const issue of parsed.error.issues)
            context.addIssue({
              code: 'custom',
              path: [...(key === undefined ? [] : [key]), ...issue.path],
              message: issue.message,
            });
      }
      return out;
    });
}

const SUPPORT_KEYS = Object.keys(SUPPORTS) as [Support, ...Support[]];

/** The contact words a writer may use in a view: "near-foot", "feet", "hips". */
export function contactKeys(view: View): string[] {
  const keys: string[] = [];
  for (const [part, info] of Object.entries(CONTACT_PARTS)) {
    if (!info.sided) {
      keys.push(part);
      continue;
    }
    keys.push(pluralKey(part as ContactPart));
    for (const word of SIDE_WORDS[view]) keys.push(`${word}-${part}`);
  }
  return keys;
}

function pluralKey(part: ContactPart): string {
  if (part === 'foot') return 'feet';
  if (part === 'fingertips') return 'fingertips';
  return `${part}s`;
}

/** One contact after normalising: `feet: floor` becomes two, one per side. */
export interface PoseContact {
  /** The key as written, for messages. */
  key: string;
  part: ContactPart;
  /** Undefined for parts that have no side (hips, back, head). */
  side: Side | undefined;
  support: Support;
}

/** Reads a contact key ("near-foot", "feet", "hips") for a view; undefined when unknown. */
export function parseContactKey(
  key: string,
  view: View,
): Omit<PoseContact, 'support'>[] | undefined {
  for (const [name, info] of Object.entries(CONTACT_PARTS)) {
    const part = name as ContactPart;
    if (!info.sided) {
      if (key === part) return [{ key, part, side: undefined }];
      continue;
    }
    if (key === pluralKey(part)) {
      return [
        { key, part, side: 'near' },
        { key, part, side: 'far' },
      ];
    }
    const [nearWord, farWord] = SIDE_WORDS[view];
    if (key === `${nearWord}-${part}`) return [{ key, part, side: 'near' }];
    if (key === `${farWord}-${part}`) return [{ key, part, side: 'far' }];
  }
  return undefined;
}

const rawPositionSchema = z
  .object({
    /** Lower-case id, unique within the exercise ("start", "bottom"): the figure's data-pose. */
    name: z
      .string({ error: 'must be a short id such as "start" or "bottom"' })
      .regex(SLUG_PATTERN, {
        error: 'must be lower-case words joined by hyphens, such as "bottom"',
      }),
    /** Short title shown over the drawing ("Bottom"); defaults to the name, capitalised. */
    label: text().trim().min(1).max(32, { error: 'must be at most 32 characters' }).optional(),
    /** The step in `cues` (1 = the first) that this position illustrates. */
    cue: z
      .number({
        error: 'must be the number of the step in cues that this position shows (1 = first)',
      })
      .int({ error: 'must be a whole step number (1 = the first cue)' })
      .min(1, { error: 'must be 1 or more (1 = the first cue)' }),
    /** Side (default) or front: front for movements across the midline. */
    view: oneOf(VIEWS, 'view').default('side'),
    /** Which way a side view faces (right by default). */
    facing: oneOf(FACINGS, 'facing').default('right'),
    /** static (held: balance is checked), moving (passed through), airborne (no contact). */
    phase: oneOf(PHASES, 'phase').default('static'),
    /** Trunk lean from vertical: positive forward (90 = face down), negative back (-90 = on the back). */
    trunk: angle(
      '0 = upright, positive = leaning forward, 90 = face down, -90 = on the back',
    ).default(0),
    /** Sideways lean (front views): positive toward the figure's right, 90 = lying on the right side. */
    tilt: angle(
      '0 = upright, positive = leaning to its right side, 90 = lying on the right side',
    ).default(0),
    /** Neck flexion: positive chin toward chest. */
    neck: angle('0 = head in line with the trunk, positive = chin toward the chest').default(0),
    legs: pairOf(legSchema, 'leg'),
    arms: pairOf(armSchema, 'arm'),
    /** Body part -> support, the first being the one the figure stands on ("feet: floor"). */
    contacts: z
      .record(z.string(), oneOf(SUPPORT_KEYS, 'support'), {
        error: 'must list body parts and what they rest on, such as { feet: floor }',
      })
      .default({}),
    /** Things held or worn: barbell, dumbbells, goblet, knee-band ... */
    holds: z.array(oneOf(HOLD_KEYS, 'thing to hold')).default([]),
    /** Forward shift in cm of this position's main contact from the first position's (a jump's landing). */
    shift: z.number({ error: 'must be a distance in centimetres' }).min(-200).max(200).default(0),
    /** Airborne only: height in cm of the lowest point of the body above the floor. */
    lift: z.number({ error: 'must be a height in centimetres' }).min(0).max(150).default(0),
  })
  .strict();

type RawPosition = z.output<typeof rawPositionSchema>;

/** A position as the figure code reads it. */
export interface Position extends Omit<RawPosition, 'legs' | 'arms' | 'contacts' | 'label'> {
  label: string;
  /** Whether legs and arms were given per side (so messages can name the field as written). */
  paired: { legs: boolean; arms: boolean };
  legs: Record<Side, Leg>;
  arms: Record<Side, Arm>;
  contacts: PoseContact[];
}

const LEG_DEFAULT: Leg = { hip: 0, abduction: 0, knee: 0, ankle: 0 };
const ARM_DEFAULT: Arm = { shoulder: 0, abduction: 0, rotation: 0, elbow: 0 };

function capitalise(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Both sides of a limb pair, checking the side words match the view. */
function sidesOf<T extends object>(
  pair: Partial<Record<'both' | 'near' | 'far' | 'left' | 'right', T>>,
  view: View,
  fallback: T,
  field: string,
  context: z.RefinementCtx,
  name: string,
): Record<Side, T> {
  if (pair.both) return { near: pair.both, far: pair.both };
  const [nearWord, farWord] = SIDE_WORDS[view];
  for (const key of Object.keys(pair)) {
    if (key !== nearWord && key !== farWord) {
      context.addIssue({
        code: 'custom',
        path: [field, key],
        message: `position "${name}": "${key}" is not a side in a ${view} view; use ${nearWord} and ${farWord}`,
      });
    }
  }
  return { near: pair[nearWord] ?? fallback, far: pair[farWord] ?? fallback };
}

/** Normalises a parsed position: contacts as a list, both limbs spelled out, a label. */
const positionSchema = rawPositionSchema.transform((raw, context): Position => {
  const contacts: PoseContact[] = [];
  for (const [key, support] of Object.entries(raw.contacts)) {
    const parts = parseContactKey(key, raw.view);
    if (!parts) {
      context.addIssue({
        code: 'custom',
        path: ['contacts', key],
        message: `position "${raw.name}": "${key}" is not a body part that can rest on something in a ${raw.view} view; use one of: ${contactKeys(raw.view).join(', ')}`,
      });
      continue;
    }
    for (const part of parts) contacts.push({ ...part, support });
  }
  if (raw.phase === 'airborne' && contacts.length > 0) {
    context.addIssue({
      code: 'custom',
      path: ['contacts'],
      message: `position "${raw.name}": an airborne position touches nothing; remove its contacts or make it "moving"`,
    });
  }
  if (raw.phase !== 'airborne' && Object.keys(raw.contacts).length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['contacts'],
      message: `position "${raw.name}": needs at least one contact, the first being what the figure stands, lies or hangs on (such as { feet: floor }), or phase: airborne`,
    });
  }
  if (raw.view === 'side' && raw.tilt !== 0) {
    context.addIssue({
      code: 'custom',
      path: ['tilt'],
      message: `position "${raw.name}": tilt (a sideways lean) only shows in a front view; use view: front or remove tilt`,
    });
  }
  const sideWords = SIDE_WORDS[raw.view];
  for (const hold of raw.holds) {
    const side = /^(near|far|left|right)-/.exec(hold)?.[1];
    if (side && !(sideWords as readonly string[]).includes(side)) {
      context.addIssue({
        code: 'custom',
        path: ['holds'],
        message: `position "${raw.name}": "${hold}" names a ${side} side, which a ${raw.view} view does not have; use ${sideWords.map((word) => `${word}-dumbbell`).join(' or ')}`,
      });
    }
  }
  return {
    ...raw,
    label: raw.label ?? capitalise(raw.name),
    paired: {
      legs: !raw.legs.both && Object.keys(raw.legs).length > 0,
      arms: !raw.arms.both && Object.keys(raw.arms).length > 0,
    },
    legs: sidesOf(raw.legs, raw.view, LEG_DEFAULT, 'legs', context, raw.name),
    arms: sidesOf(raw.arms, raw.view, ARM_DEFAULT, 'arms', context, raw.name),
    contacts,
  };
});

/**
 * One position: parsed field by field, and every problem reported with the position's name, so
 * a writer sees `position "bottom": ...` next to the field path.
 */
const namedPositionSchema = z.unknown().transform((value, context): Position => {
  const name =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
      ? (value as { name: string }).name
      : undefined;
  const parsed = positionSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      context.addIssue({
        code: 'custom',
        path: issue.path,
        message:
          name === undefined || issue.message.startsWith('position "')
            ? issue.message
            : `position "${name}": ${issue.message}`,
      });
    }
    return z.NEVER;
  }
  return parsed.data;
});

/** The `positions:` list, normalised; at least two positions with different names. */
export const positionsSchema = z
  .array(namedPositionSchema, {
    error: 'must be a list of positions (see docs/authoring.md, "Drawn figures")',
  })

  .min(2, { error: 'needs at least two positions (a start and a finish)' })
  .superRefine((positions, context) => {
    const seen = new Set<string>();
    positions.forEach((position, index) => {
      if (seen.has(position.name)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `"${position.name}" is used by two positions; give each position its own name`,
        });
      }
      seen.add(position.name);
      const first = positions[0]!;
      if (position.view !== first.view || position.facing !== first.facing) {
        context.addIssue({
          code: 'custom',
          path: [index, 'view'],
          message: `position "${position.name}" is drawn in a ${position.view} view facing ${position.facing}, but "${first.name}" in a ${first.view} view facing ${first.facing}; all positions of an exercise share one view`,
        });
      }
    });
  });
