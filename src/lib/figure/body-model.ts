/**
 * The body model behind every drawn exercise figure: proportions, segment masses and joint
 * ranges, once. Lengths are in figure units, where the standing height H is 100 units; the
 * figure stands for a 175 cm adult, so one unit is 1.75 cm (CM_PER_UNIT), which is how messages
 * to writers quote distances.
 *
 * Sources (see /work/shared/figures/body-model.md for the tables):
 * - Segment lengths: Drillis and Contini's proportions of standing height, as reproduced in
 *   D. A. Winter, "Biomechanics and Motor Control of Human Movement" (Wiley), figure of segment
 *   lengths.
 * - Segment masses and centres of mass: Dempster (1955) as adapted by Winter, same book.
 * - Joint ranges: typical active ranges of clinical goniometry (for example the American Academy
 *   of Orthopaedic Surgeons' normal values), with the deep-squat allowances noted there.
 *
 * The joint-centre spacings and the drawing radii are ours: the tables give outer widths (hip
 * width 0.191 H, shoulder width 0.259 H), and a joint centre sits inside them.
 */

/** Standing height in figure units. */
export const HEIGHT = 100;
/** Centimetres per figure unit (a 175 cm adult). */
export const CM_PER_UNIT = 1.75;
/** Body mass the load checks assume, kg (a load is compared with it, never drawn). */
export const BODY_MASS_KG = 70;

const h = (fraction: number) => fraction * HEIGHT;

/** Segment lengths and landmark heights (Drillis and Contini via Winter), figure units. */
export const LENGTH = {
  thigh: h(0.245),
  shank: h(0.246),
  upperArm: h(0.186),
  forearm: h(0.146),
  hand: h(0.108),
  /** Heel to toe tip. */
  foot: h(0.152),
  /** Ankle joint above the sole. */
  ankleHeight: h(0.039),
  /** Hip joint to shoulder joint: shoulder height 0.818 H minus hip height 0.530 H. */
  trunk: h(0.818 - 0.53),
  /** Shoulder height to the top of the head. */
  headAndNeck: h(1 - 0.818),
  /** Chin height 0.870 H to the top of the head. */
  head: h(1 - 0.87),
} as const;

/**
 * Where the joint centres sit across the body (half the distance between the two joints), and
 * the foot's landmarks along the sole. Ours, inside the outer widths of the table.
 */
export const SPACING = {
  /** Hip joint centres: about half the 0.191 H hip width apart. */
  hipHalf: h(0.05),
  /** Shoulder joint centres: the 0.259 H shoulder width less the deltoids. */
  shoulderHalf: h(0.1),
  /** The heel's back edge behind the ankle joint, along the sole. */
  heelBack: h(0.04),
  /** The ball of the foot (head of metatarsal II) ahead of the ankle joint. */
  ball: h(0.08),
  /** Ball of the foot to toe tip. */
  toes: h(0.032),
  /** Base of the neck (C7) above the line between the shoulder joints. */
  neckBase: h(0.025),
  /** Neck base to the centre of the head (about the ear canal). */
  headCentre: h(0.09),
} as const;

/** The segments the figure is built from. */
export const SEGMENTS = [
  'trunk',
  'head',
  'thigh',
  'shank',
  'foot',
  'upperArm',
  'forearm',
  'hand',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/**
 * Segment masses as fractions of body mass and the centre of mass as a fraction of the segment
 * from its proximal end (Dempster via Winter). Per side for limbs; trunk and head once.
 * Two arms, two legs, trunk and head sum to 1.0.
 */
export const MASS: Record<Segment, { fraction: number; com: number }> = {
  hand: { fraction: 0.006, com: 0.506 },
  forearm: { fraction: 0.016, com: 0.43 },
  upperArm: { fraction: 0.028, com: 0.436 },
  foot: { fraction: 0.0145, com: 0.5 },
  shank: { fraction: 0.0465, com: 0.433 },
  thigh: { fraction: 0.1, com: 0.433 },
  head: { fraction: 0.081, com: 1 },
  trunk: { fraction: 0.497, com: 0.495 },
};

/** A joint's allowed range in degrees, from the neutral standing position. */
export interface JointRange {
  min: number;
  max: number;
  /** What the two ends mean, for messages: [what min means, what max means]. */
  meaning: readonly [string, string];
}

/**
 * Human joint ranges (clinical goniometry; body-model.md). Signs follow the pose format:
 * positive is flexion (or abduction, or dorsiflexion); negative the opposite movement.
 * Hip flexion goes to 135 and knee flexion to 150 because a deep squat reaches them; for the same
 * reason ankle dorsiflexion goes to 35 rather than the table's unloaded 20: with the body's
 * weight driving the knee forward over the foot (the bottom of a squat, split squat or landing)
 * the ankle bends further than it can on its own (our allowance, like the table's own).
 */
export const JOINT_RANGE = {
  hip: { min: -30, max: 135, meaning: ['extension', 'flexion'] },
  hipAbduction: { min: -30, max: 45, meaning: ['adduction', 'abduction'] },
  knee: { min: -10, max: 150, meaning: ['extension beyond straight', 'flexion'] },
  ankle: { min: -50, max: 35, meaning: ['plantarflexion', 'dorsiflexion'] },
  shoulder: { min: -60, max: 180, meaning: ['extension', 'flexion'] },
  shoulderAbduction: { min: 0, max: 180, meaning: ['adduction past the side', 'abduction'] },
  shoulderRotation: { min: -70, max: 90, meaning: ['internal rotation', 'external rotation'] },
  elbow: { min: 0, max: 150, meaning: ['extension beyond straight', 'flexion'] },
  neck: { min: -45, max: 45, meaning: ['extension', 'flexion'] },
} as const satisfies Record<string, JointRange>;
export type JointName = keyof typeof JOINT_RANGE;

/**
 * Half-widths of the drawn body (skin around the joint centres), figure units. Drawing choices,
 * kept here because the contact and penetration checks use the same surfaces the reader sees.
 * Each limb is a list of [position along the segment 0..1, half-width in front, half-width
 * behind] for the side view, and [position, outer, inner] for the front view.
 */
export type Profile = readonly (readonly [t: number, front: number, back: number])[];

export const LIMB_PROFILE: Record<
  'thigh' | 'shank' | 'upperArm' | 'forearm',
  { side: Profile; front: Profile }
> = {
  thigh: {
    side: [
      [0, 6.4, 6.4],
      [0.3, 6, 5.6],
      [0.72, 4.9, 4.3],
      [1, 3.7, 3.5],
    ],
    front: [
      [0, 4.4, 4.6],
      [0.3, 4.9, 4.3],
      [0.75, 4.1, 3.6],
      [1, 3.4, 3.2],
    ],
  },
  shank: {
    side: [
      [0, 3.5, 3.5],
      [0.28, 2.8, 4.6],
      [0.7, 1.7, 2.7],
      [1, 1.7, 2.1],
    ],
    front: [
      [0, 3.3, 3.2],
      [0.3, 3.6, 3.2],
      [0.7, 2.5, 2.3],
      [1, 2, 2],
    ],
  },
  upperArm: {
    side: [
      [0, 4, 3.8],
      [0.3, 3.5, 3.2],
      [0.8, 2.9, 2.7],
      [1, 2.5, 2.5],
    ],
    front: [
      [0, 5.2, 3.4],
      [0.35, 3.8, 3],
      [0.8, 2.8, 2.6],
      [1, 2.5, 2.4],
    ],
  },
  forearm: {
    side: [
      [0, 2.5, 2.5],
      [0.25, 2.9, 2.8],
      [0.75, 2.1, 2],
      [1, 1.7, 1.7],
    ],
    front: [
      [0, 2.6, 2.4],
      [0.25, 2.9, 2.5],
      [0.75, 2, 1.9],
      [1, 1.6, 1.6],
    ],
  },
};

/**
 * The trunk's outline around the line from the hip joint (up = 0) to the shoulder joint
 * (up = LENGTH.trunk): rows of [up, front, back] for the side view (front = the way the figure
 * faces, back negative) and [up, half-width] for the front view. The side profile keeps a
 * neutral spine: the figure's back is always flat, so a hinge shows its angle at the hip.
 */
export const TRUNK_SIDE: readonly (readonly [up: number, front: number, back: number])[] = [
  [-6.4, 1.2, -2.8],
  [-4.8, 4.4, -5.9],
  [-1.6, 5.9, -6.9],
  [2.5, 6.3, -6.4],
  [7, 6, -5],
  [11.5, 6, -4.9],
  [16, 6.9, -5.8],
  [20.5, 7.9, -6.6],
  [25, 7.5, -6.4],
  [28.6, 6, -5.7],
  [31, 3.6, -4.4],
  [32, 1, -2.4],
];
export const TRUNK_FRONT: readonly (readonly [up: number, half: number])[] = [
  [-7.4, 2.2],
  [-5.6, 7.2],
  [-1.5, 9.3],
  [3, 9.2],
  [7.5, 8],
  [12, 7.4],
  [17, 8.2],
  [22, 9.6],
  [26.5, 10.8],
  [29.6, 10.6],
  [31.4, 7.6],
  [32.2, 3.6],
];

/** Radii of the head (an egg seen from the side, rounder from the front) and the neck. */
export const HEAD = { depth: 5.4, height: 6.6, frontWidth: 4.9, neck: 3.1 } as const;

/** The hand: a rounded mitten for an open palm, a ball-like fist for a grip. */
export const HAND = { palmLength: LENGTH.hand * 0.9, fistLength: 5.4, width: 2.3 } as const;

/** Foot thickness at the heel and at the ball, and the toe's thickness (side view). */
export const FOOT = { heelRadius: 2.3, ballRadius: 1.5, toeRadius: 1.1 } as const;
