import { describe, expect, it } from 'vitest';
import { absoluteUrl, routes, withFragment } from '../../src/lib/routes';

describe('routes', () => {
  it.each([
    ['home', routes.home(), '/'],
    ['favicon', routes.favicon(), '/favicon.svg'],
    ['favicon fallback', routes.faviconPng(), '/favicon-32.png'],
    ['iOS icon', routes.appleTouchIcon(), '/apple-touch-icon.png'],
    ['app icon', routes.appIcon(192), '/icon-192.png'],
    ['logo', routes.appIcon(512), '/icon-512.png'],
    ['about', routes.about(), '/about/'],
    ['articles index', routes.articles(), '/articles/'],
    ['article', routes.article('deadlift-for-runners'), '/articles/deadlift-for-runners/'],
    ['exercises index', routes.exercises(), '/exercises/'],
    ['exercise', routes.exercise('goblet-squat'), '/exercises/goblet-squat/'],
    ['programs index', routes.programs(), '/programs/'],
    [
      'program',
      routes.program('in-season-strength-maintenance'),
      '/programs/in-season-strength-maintenance/',
    ],
    [
      'program calendar',
      routes.programCalendar('beginner-strength-plan-8-weeks'),
      '/programs/beginner-strength-plan-8-weeks.ics',
    ],
    [
      'program calendar data',
      routes.programCalendarData('beginner-strength-plan-8-weeks'),
      '/programs/beginner-strength-plan-8-weeks.json',
    ],
    [
      'exercises by equipment',
      routes.exercisesBy('equipment', 'trap-bar'),
      '/exercises/equipment/trap-bar/',
    ],
    ['exercises by level', routes.exercisesBy('level', 'beginner'), '/exercises/level/beginner/'],
    ['muscle group', routes.muscleGroup('glutes'), '/exercises/for/glutes/'],
    ['changes', routes.changes(), '/changes/'],
    ['changes feed', routes.changesFeed(), '/changes/atom.xml'],
    ['exercises by muscle', routes.exercisesBy('muscle', 'glutes'), '/exercises/muscle/glutes/'],
    [
      'figure image',
      routes.figureImage('barbell-deadlift', 'lockout'),
      '/figures/barbell-deadlift/lockout.svg',
    ],
    [
      'og image',
      routes.ogImage('article', 'deadlift-for-runners'),
      '/og/article/deadlift-for-runners.png',
    ],
    ['RSS feed', routes.feedRss(), '/rss.xml'],
    ['Atom feed', routes.feedAtom(), '/atom.xml'],
    ['JSON feed', routes.feedJson(), '/feed.json'],
    ['topic', routes.topic('running-economy'), '/topics/running-economy/'],
    ['author', routes.author('editorial-team'), '/authors/editorial-team/'],
    ['sitemap', routes.sitemap(), '/sitemap-index.xml'],
    ['search', routes.search(), '/search/'],
    ['search with a query', routes.search('hip thrust & knees'), '/search/?q=hip+thrust+%26+knees'],
    ['search index', routes.searchIndex(), '/pagefind/'],
    ['search loader', routes.searchLoader(), '/pagefind/pagefind.js'],
  ])('%s -> %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([[''], ['a/b']])('rejects the slug %j', (slug) => {
    expect(() => routes.article(slug)).toThrow(/Route segment/);
  });
});

describe('withFragment', () => {
  it.each([
    ['/about/', 'methodology', '/about/#methodology'],
    ['/about/', undefined, '/about/'],
    ['/about/', '', '/about/'],
  ])('%s + %j -> %s', (path, fragment, expected) => {
    expect(withFragment(path, fragment)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/', 'https://strongmiles.org', 'https://strongmiles.org/'],
    ['/articles/x/', 'https://example.com', 'https://example.com/articles/x/'],
  ])('%s on %s -> %s', (path, origin, expected) => {
    expect(absoluteUrl(path, origin)).toBe(expected);
  });

  it.each([['articles/x/'], ['//evil.example/x'], ['https://example.com/']])(
    'rejects %j',
    (path) => {
      expect(() => absoluteUrl(path, 'https://strongmiles.org')).toThrow(/root-relative/);
    },
  );
});
