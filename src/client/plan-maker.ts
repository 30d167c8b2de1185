import type { PlanPageData } from '../data/pages/plan';
import { parsePlanQuery, planQuery, type PlanAnswers } from '../lib/plan-answers';
import { buildPlan, type Plan } from '../lib/plan-builder';
import { planCalendar } from '../lib/plan-calendar';
import { shareLinks } from '../lib/share';
import type { CalendarFileReply, CalendarFileRequest } from './calendar-file.worker.ts';

/**
 * `<plan-maker>`: the plan page's controller (src/components/PlanMaker.astro). On load it reads
 * the answers from the link (or, with none, the answers last used on this device), fills the
 * form, builds the plan with the site's generator and draws it; on submit it does the same with
 * the form's answers. The link is then rewritten with every answer, so copying it reproduces the
 * plan. Words and the exercise library come from the element's `data-plan` JSON (importing
 * ui.ts here would ship every interface string). Nothing is ever sent anywhere.
 */

/** Where the last answers are kept on this device (without the start date, which is per visit). */
const SAVED_KEY = 'plan:answers';

/**
 * The calendar file, made by the program pages' one-off worker (src/client/calendar-file.worker.ts):
 * the iCalendar generator loads only when a reader asks for a file.
 */
function buildCalendar(request: CalendarFileRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    // Vite's `new URL(..., import.meta.url)` form: importing the worker's URL as a module, as
    // AddToCalendar.astro does, made a shared chunk both pages would have to fetch.
    const worker = new Worker(new URL('./calendar-file.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<CalendarFileReply>) => {
      worker.terminate();
      if ('text' in event.data) resolve(event.data.text);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The calendar worker failed to load'));
    });
    worker.postMessage(request);
  });
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "{n} reps" with its placeholders filled. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An element with a class and text, or children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  element.append(...children);
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = make('a', { text });
  anchor.href = href;
  return anchor;
}

function readSaved(): string | null {
  // Storage can be blocked (private modes); the page then works as if nothing was saved.
  try {
    return localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

function save(query: string): void {
  const params = new URLSearchParams(query);
  params.delete('start');
  try {
    localStorage.setItem(SAVED_KEY, params.toString());
  } catch {
    // Not remembered on this device; the link still holds the plan.
  }
}

/**
 * Points the page's share links (ShareLinks.astro) at this plan's own link. Without script they
 * share the generic page; the Open Graph card stays the page's generic one either way.
 */
function pointShareLinks(section: HTMLElement | null, url: string): void {
  if (!section || !/^https?:/.test(url)) return;
  section.dataset.shareUrl = url;
  for (const { network, href } of shareLinks({ url, title: section.dataset.shareTitle ?? '' })) {
    section.querySelector(`a[data-network="${network}"]`)?.setAttribute('href', href);
  }
}

/** Ticks, selects and fills the form's fields to show these answers. */
function fillForm(form: HTMLFormElement, answers: PlanAnswers): void {
  const checked: Record<string, (value: string) => boolean> = {
    run: (value) => (answers.runDays as string[]).includes(value),
    hard: (value) => (answers.hardDays as string[]).includes(value),
    minutes: (value) => value === String(answers.sessionMinutes),
    kit: (value) => value === answers.equipment,
    experience: (value) => value === answers.experience,
    terrain: (value) => value === answers.terrain,
  };
  for (const input of form.querySelectorAll<HTMLInputElement>(
    'input[type=checkbox], input[type=radio]',
  )) {
    input.checked = checked[input.name]?.(input.value) ?? input.checked;
  }
  const set = (name: string, value: string) => {
    const element = form.querySelector<HTMLInputElement | HTMLSelectElement>(
      `select[name=${name}], input[type=date][name=${name}]`,
    );
    if (element) element.value = value;
  };
  set('long', answers.longRunDay ?? 'none');
  set('distance', answers.raceDistance);
  set('race', answers.raceDate ?? '');
  set('start', answers.startDate);
  const noRace = form.querySelector<HTMLInputElement>('[data-no-race]');
  if (noRace) noRace.checked = answers.raceDate === null;
}

customElements.define(
  'plan-maker',
  class extends HTMLElement {
    connectedCallback(): void {
      const form = this.querySelector('form');
      const messages = this.querySelector<HTMLElement>('[data-plan-messages]');
      const output = this.querySelector<HTMLElement>('[data-plan-output]');
      const tools = this.querySelector<HTMLElement>('[data-plan-tools]');
      const toolStatus = this.querySelector<HTMLElement>('[data-plan-tool-status]');
      if (!form || !messages || !output || !tools || !toolStatus) return;
      const data = JSON.parse(this.dataset.plan ?? '{}') as PlanPageData;
      const text = data.text;
      const exercises = new Map(data.exercises.map((exercise) => [exercise.id, exercise]));
      const library = data.exercises;
      let current: { plan: Plan; query: string } | undefined;

      const show = (query: string, remember: boolean) => {
        const today = localToday();
        const started = performance.now();
        const parsed = parsePlanQuery(query, today);
        const plan = buildPlan(parsed.answers, library, today);
        // Named so a benchmark can read how long a plan takes (issue 19: under 50 ms on a slow phone).
        performance.measure('plan:build', { start: started });
        const canonical = planQuery(parsed.answers);
        current = { plan, query: canonical };
        fillForm(form, parsed.answers);
        history.replaceState(null, '', `${location.pathname}?${canonical}`);
        pointShareLinks(this.querySelector('[data-share-url]'), location.href);
        if (remember) save(canonical);
        messages.replaceChildren();
        if (parsed.messages.length > 0) {
          messages.append(
            make('p', { text: text.messagesIntro }),
            make('ul', {}, ...parsed.messages.map((m) => make('li', { text: m.message }))),
          );
        }
        output.replaceChildren(...this.render(plan));
        toolStatus.textContent = '';
        tools.hidden = false;
      };

      // The "no race" box and the date field are two ways of saying one thing.
      const noRace = form.querySelector<HTMLInputElement>('[data-no-race]');
      const raceDate = form.querySelector<HTMLInputElement>('input[name=race]');
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(form)) params.append(key, String(value));
        // No ticked box sends no key at all; the link must still say "none of these days".
        for (const key of ['run', 'hard']) if (!params.has(key)) params.set(key, '');
        if (noRace?.checked) params.set('race', 'none');
        show(params.toString(), true);
        this.querySelector<HTMLElement>('#plan-result')?.scrollIntoView();
      });
      raceDate?.addEventListener('change', () => {
        if (noRace && raceDate.value) noRace.checked = false;
      });

      const copy = this.querySelector<HTMLButtonElement>('[data-plan-copy]');
      const share = this.querySelector<HTMLButtonElement>('[data-plan-share]');
      copy?.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(location.href);
          toolStatus.textContent = text.linkCopied;
        } catch {
          toolStatus.textContent = text.copyFailed;
        }
      });
      if (share && 'share' in navigator) {
        share.hidden = false;
        share.addEventListener('click', () => {
          navigator.share({ title: document.title, url: location.href }).catch(() => {
            // Closing the share sheet is not an error worth telling the reader about.
          });
        });
      }
      this.querySelector('[data-plan-print]')?.addEventListener('click', () => print());
      this.querySelector('[data-plan-calendar]')?.addEventListener('click', async () => {
        if (!current) return;
        const request = planCalendar(current.plan, {
          labels: {
            title: text.calendarTitle,
            phases: text.phases,
            deload: text.deload,
            timings: text.timings,
            repsInReserve: text.repsInReserve,
          },
          names: new Map([...exercises].map(([id, exercise]) => [id, exercise.name])),
          planUrl: location.href,
          uidHost: location.hostname || 'localhost',
          stamp: new Date(),
        });
        let file: string;
        try {
          file = await buildCalendar(request);
        } catch {
          toolStatus.textContent = text.calendarFailed;
          return;
        }
        const url = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
        const anchor = link(url, '');
        anchor.download = `strength-plan-${current.plan.startDate}.ics`;
        document.body.append(anchor);
        anchor.click();
        anchor.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        toolStatus.textContent = fill(text.calendarSaved, { file: anchor.download });
      });

      const query = location.search.slice(1);
      const saved = readSaved();
      if (query) show(query, true);
      else if (saved) show(`${saved}&start=${localToday()}`, false);
      else show('', false);
    }

    /** The plan as elements: summary, notes, the usual week, then week by week. */
    render(plan: Plan): Node[] {
      const data = JSON.parse(this.dataset.plan ?? '{}') as PlanPageData;
      const text = data.text;
      const exercises = new Map(data.exercises.map((exercise) => [exercise.id, exercise]));
      const nodes: Node[] = [];
      const long = (iso: string) => shortFormat.format(asDate(iso));
      nodes.push(
        make('p', {
          class: 'plan-summary',
          text: fill(plan.raceDate ? text.summaryRace : text.summary, {
            // Week 0's few days are not one of the plan's weeks.
            weeks: plan.weeks.filter((week) => week.number > 0).length,
            start: long(plan.startDate),
            end: long(plan.endDate),
          }),
        }),
      );
      for (const note of plan.notes) nodes.push(make('p', { class: 'plan-note', text: note }));
      // On paper, the link back to this plan stands in for the links and the reasons.
      nodes.push(
        make('p', { class: 'plan-print-link', text: fill(text.printLink, { url: location.href }) }),
      );

      nodes.push(make('h3', { class: 'mt-8 text-xl font-extrabold', text: text.usualWeek }));
      const usual = make('ul', { class: 'plan-usual' });
      for (const day of plan.usualWeek) {
        usual.append(
          make(
            'li',
            {},
            make('strong', { text: day.weekday.slice(0, 1).toUpperCase() + day.weekday.slice(1) }),
            text.runs[day.run ?? 'none'],
            ...(day.lift
              ? [make('br'), make('b', { text: fill(text.lift, { id: day.lift }) })]
              : []),
          ),
        );
      }
      nodes.push(usual);

      // A printed page per block of weeks: a phase (taper and race week together), cut in a
      // long phase after each lighter week that ends a block of two or more weeks.
      const group = (week: Plan['weeks'][number]) =>
        week.phase === 'race-week' ? 'taper' : week.phase;
      let previous: Plan['weeks'][number] | undefined;
      let weeksInBlock = 0;
      for (const week of plan.weeks) {
        const section = make('section', { class: 'plan-week' });
        if (
          previous &&
          (group(week) !== group(previous) || (previous.deload && weeksInBlock > 1))
        ) {
          section.classList.add('plan-block');
          weeksInBlock = 0;
        }
        weeksInBlock += 1;
        previous = week;
        const id = `plan-week-${week.number}`;
        section.setAttribute('aria-labelledby', id);
        const heading = make('h3', {
          text: week.number === 0 ? text.weekZero : fill(text.week, { n: week.number }),
        });
        heading.id = id;
        const phase = text.phases[week.phase] + (week.deload ? `, ${text.deload}` : '');
        section.append(
          heading,
          make('p', {
            class: 'plan-week-meta',
            text: `${phase} · ${week.startDate === week.endDate ? long(week.startDate) : fill(text.dates, { start: long(week.startDate), end: long(week.endDate) })}`,
          }),
        );
        if (week.sessions.length === 0)
          section.append(make('p', { class: 'mt-3', text: text.noSessions }));
        for (const session of week.sessions) {
          const title =
            fill(text.session, { id: session.id }) +
            (session.optional ? ` (${text.optional})` : '') +
            `: ${dayFormat.format(asDate(session.date))}`;
          const lines = make('ul', { class: 'plan-lines' });
          for (const line of session.exercises) {
            const exercise = exercises.get(line.exercise);
            const dose = `${line.sets} × ${line.reps}${line.rir === undefined ? '' : `, ${fill(text.repsInReserve, { n: line.rir })}`}`;
            lines.append(
              make(
                'li',
                {},
                exercise ? link(exercise.url, exercise.name) : line.exercise,
                `: ${dose}`,
              ),
            );
          }
          const why = make('details', { class: 'plan-why' }, make('summary', { text: text.why }));
          why.append(
            make(
              'ul',
              {},
              ...session.rules.map((rule) => make('li', {}, link(rule.href, rule.text))),
            ),
          );
          section.append(
            make(
              'div',
              { class: 'plan-session' },
              make('h4', { text: title }),
              make('p', {
                class: 'text-sm text-ink-muted',
                text: `${text.timings[session.timing]}; ${fill(text.minutes, { n: session.minutes })}`,
              }),
              lines,
              why,
            ),
          );
        }
        nodes.push(section);
      }
      return nodes;
    }
  },
);
