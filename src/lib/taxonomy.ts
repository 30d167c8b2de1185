/**
 * Fixed vocabularies shared by the schemas, the pages and the search filters. Adding a value
 * here is the only step needed to make it valid in front matter.
 */

/**
 * Topic keys an article can be filed under, with the label and summary shown on topic pages, and
 * optionally the `pillar`: the id of the article the topic page leads with, where the rule in
 * src/lib/topics.ts (leadArticle) would pick another (docs/authoring.md, "Topic pages").
 */
export const TOPICS = {
  'injury-prevention': {
    label: 'Injury prevention',
    summary: 'What lifting can and cannot do about running injuries.',
  },
  rehab: {
    label: 'Injury rehab',
    summary: 'Strength work as part of getting back to running after an injury.',
  },
  'running-economy': {
    label: 'Running economy',
    summary: 'Spending less energy at the same pace.',
  },
  'speed-and-power': {
    label: 'Speed and power',
    summary: 'Force, sprint speed, hills and plyometrics.',
    pillar: 'strength-training-running-speed-power',
  },
  endurance: {
    label: 'Endurance',
    summary: 'Holding pace and form when you are tired.',
  },
  'stability-and-form': {
    label: 'Stability and form',
    summary: 'Balance, single-leg control, trunk and posture.',
  },
  recovery: {
    label: 'Recovery',
    summary: 'Soreness, adaptation and bouncing back between sessions.',
  },
  'health-and-longevity': {
    label: 'Health and longevity',
    summary: 'Muscle, bone and mind over decades of running.',
  },
  'getting-started': {
    label: 'Getting started',
    summary: 'Your first weeks of lifting, and the myths that put runners off.',
  },
  programming: {
    label: 'Programs and scheduling',
    summary: 'How much to lift, when, and how it fits around your running.',
    pillar: 'strength-training-program-for-runners',
  },
  technique: {
    label: 'Technique',
    summary: 'How to do the lifts runners use, step by step.',
  },
} as const satisfies Record<string, { label: string; summary: string; pillar?: string }>;

export type TopicKey = keyof typeof TOPICS;

/** Topic keys in display order, as a non-empty tuple (what `z.enum` needs). */
export const TOPIC_KEYS = Object.keys(TOPICS) as [TopicKey, ...TopicKey[]];

/** Article series, in the order they are presented on the home page. */
export const SERIES = {
  'why-runners-should-lift': { label: 'Why runners should lift' },
  'how-to-lift': { label: 'How to lift as a runner' },
} as const satisfies Record<string, { label: string }>;

export type SeriesKey = keyof typeof SERIES;
export const SERIES_KEYS = Object.keys(SERIES) as [SeriesKey, ...SeriesKey[]];

/**
 * How strongly the evidence supports a statement (the verdicts of our claims file): the one list
 * of grades. Takeaways (article schema), `<EvidenceLabel>` in prose and tables (checked by
 * src/markdown/evidence-labels.ts) and the About page's legend all read it; each grade's
 * badge colour and mark are in src/lib/colors.ts.
 */
export const EVIDENCE_LEVELS = {
  'well-supported': {
    label: 'Well supported',
    meaning: 'Consistent results from meta-analyses or several controlled trials.',
  },
  limited: {
    label: 'Supported, limited',
    meaning: 'Good evidence, but from small studies, other groups, or with a caveat we state.',
  },
  mixed: {
    label: 'Mixed',
    meaning: 'Studies disagree, or the evidence is narrower than the popular claim.',
  },
  weak: { label: 'Weak', meaning: 'Little or no evidence, or evidence against: a myth.' },
  'coaching-practice': {
    label: 'Coaching practice',
    meaning: 'Common advice that no trial has tested.',
  },
} as const satisfies Record<string, { label: string; meaning: string }>;

export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;
export const EVIDENCE_LEVEL_KEYS = Object.keys(EVIDENCE_LEVELS) as [
  EvidenceLevel,
  ...EvidenceLevel[],
];

/** Muscle groups an exercise can work; each maps to regions of the body map. */
export const MUSCLES = {
  quadriceps: { label: 'Quadriceps' },
  hamstrings: { label: 'Hamstrings' },
  glutes: { label: 'Glutes' },
  'hip-abductors': { label: 'Hip abductors' },
  'hip-adductors': { label: 'Hip adductors' },
  'hip-flexors': { label: 'Hip flexors' },
  calves: { label: 'Calves' },
  soleus: { label: 'Soleus' },
  'tibialis-anterior': { label: 'Tibialis anterior (shin)' },
  foot: { label: 'Foot' },
  abdominals: { label: 'Abdominals' },
  obliques: { label: 'Obliques' },
  'lower-back': { label: 'Lower back' },
  'upper-back': { label: 'Upper back' },
  chest: { label: 'Chest' },
  'shoulders-arms': { label: 'Shoulders and arms' },
} as const satisfies Record<string, { label: string }>;

export type Muscle = keyof typeof MUSCLES;
export const MUSCLE_KEYS = Object.keys(MUSCLES) as [Muscle, ...Muscle[]];

/** Equipment an exercise needs. A step counts as a bench or box; a wall needs no value. */
export const EQUIPMENT = {
  bodyweight: { label: 'Bodyweight' },
  dumbbell: { label: 'Dumbbell' },
  kettlebell: { label: 'Kettlebell' },
  barbell: { label: 'Barbell' },
  'trap-bar': { label: 'Trap bar' },
  'resistance-band': { label: 'Resistance band' },
  'bench-or-box': { label: 'Bench, box or step' },
  'pull-up-bar': { label: 'Pull-up bar' },
  'low-bar-or-rings': { label: 'Low bar or rings' },
  'anchor-or-partner': { label: 'Anchor or partner' },
} as const satisfies Record<string, { label: string }>;

export type Equipment = keyof typeof EQUIPMENT;
export const EQUIPMENT_KEYS = Object.keys(EQUIPMENT) as [Equipment, ...Equipment[]];

/** Experience levels for exercises and programs. */
export const LEVELS = {
  beginner: { label: 'Beginner' },
  intermediate: { label: 'Intermediate' },
  advanced: { label: 'Advanced' },
} as const satisfies Record<string, { label: string }>;

export type Level = keyof typeof LEVELS;
export const LEVEL_KEYS = Object.keys(LEVELS) as [Level, ...Level[]];

/**
 * Kinds of entry in an article's or program's `changes` list, as readers see them on the page,
 * on the changes page and in its feed.
 */
export const CHANGE_TYPES = {
  correction: { label: 'Correction', summary: 'Something was wrong and has been put right.' },
  clarification: {
    label: 'Clarification',
    summary: 'Wording that could mislead has been made clearer; the facts are unchanged.',
  },
  update: { label: 'Update', summary: 'New material, or newer evidence, has been added.' },
} as const satisfies Record<string, { label: string; summary: string }>;

export type ChangeType = keyof typeof CHANGE_TYPES;
export const CHANGE_TYPE_KEYS = Object.keys(CHANGE_TYPES) as [ChangeType, ...ChangeType[]];

/**
 * What a week of a program is for. `deload` and `taper` are the lighter weeks: the program rules
 * (src/lib/program-rules.ts) require their volume to fall, and a build never runs more than
 * three heavier weeks in a row without one. A `learn` week is light by design, too.
 */
export const WEEK_PHASES = {
  learn: { label: 'Learn', light: true },
  build: { label: 'Build', light: false },
  maintain: { label: 'Maintain', light: false },
  deload: { label: 'Lighter week', light: true },
  taper: { label: 'Light week, race-week dose', light: true },
} as const satisfies Record<string, { label: string; light: boolean }>;

export type WeekPhase = keyof typeof WEEK_PHASES;
export const WEEK_PHASE_KEYS = Object.keys(WEEK_PHASES) as [WeekPhase, ...WeekPhase[]];

/** Kinds of run in a program's sample week; a day with no run is a rest day from running. */
export const RUN_KINDS = {
  easy: { label: 'Easy run' },
  hard: { label: 'Hard run' },
  long: { label: 'Long run' },
  race: { label: 'Race' },
} as const satisfies Record<string, { label: string }>;

export type RunKind = keyof typeof RUN_KINDS;
export const RUN_KIND_KEYS = Object.keys(RUN_KINDS) as [RunKind, ...RunKind[]];
