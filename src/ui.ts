/**
 * Every fixed piece of interface text and every accessible label, in one place, so wording
 * stays consistent and a later translation has one file to work from.
 */
export const ui = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  footerNavigation: 'Site',
  homeLinkLabel: 'Strong Miles, home',
  latestArticles: 'Latest articles',
  allArticles: 'All articles',
  published: 'Published',
  updated: 'Updated',
  reviewed: 'Evidence last checked',
  minutesRead: (minutes: number) => `${minutes} min read`,
  by: 'By',
  keyTakeaways: 'Key takeaways',
  references: 'References',
  backToCitation: (n: number) => `Back to where reference ${n} is cited`,
  backToCitations: (n: number) => `Places where reference ${n} is cited:`,
  related: 'Related articles',
  referencedIn: 'Referenced in',
  seeAProfessional: 'When to see a professional',
  notFoundTitle: 'Page not found',
  disclaimer:
    'General information, not medical advice. For pain, injury or a medical condition, see a physiotherapist or doctor.',
} as const;
