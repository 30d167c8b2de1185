import type { HastPluginEntry, MdastPluginEntry, SmartPunctuationOptions } from 'satteri';
import { calloutsPlugin } from './callouts.ts';
import { citationsPlugin, type CitableReference } from './citations.ts';
import { crossLinksPlugins, type CrossLinkContent } from './cross-links.ts';
import { evidenceLabelsPlugin } from './evidence-labels.ts';
import { headingAnchorsPlugins } from './heading-anchors.ts';
import { imagesPlugin } from './images.ts';
import { readingTimePlugin } from './reading-time.ts';
import { smartPunctuationPlugin } from './smart-punctuation.ts';
import { stackedTablesPlugin } from './stacked-tables.ts';
import { typographyPlugin } from './typography.ts';

/**
 * The parser features the site's Markdown uses: GFM (tables), directives (the callouts), and
 * front matter. Sätteri's own smart punctuation stays off: smart-punctuation.ts gives the
 * site's (SmartyPants') choices, after the callouts.
 */
export const MARKDOWN_FEATURES = {
  gfm: true,
  directive: true,
  smartPunctuation: false as boolean | SmartPunctuationOptions,
} as const;

export interface PipelineOptions {
  /** Absolute path of the project root (messages show paths relative to it). */
  projectRoot: string;
  /** Absolute path of the `content/` folder. */
  contentRoot: string;
  /** Where cross-links look content files up. */
  content: CrossLinkContent;
  /** The entries of `content/references.json`. */
  references: () => readonly CitableReference[];
  /** Where to report links shown as plain text because their target is unpublished. */
  warn?: (message: string) => void;
  /** The pipeline's digest, carried into Astro's content cache key (pipeline-digest.ts). */
  cacheKey?: string;
}

/** The plugins that change a document's text, in order, after the callouts. */
export function textPlugins(options: Pick<PipelineOptions, 'projectRoot' | 'references'>) {
  return {
    smartPunctuation: smartPunctuationPlugin(),
    citations: citationsPlugin({
      references: options.references,
      projectRoot: options.projectRoot,
    }),
    typography: typographyPlugin(),
  };
}

/**
 * The site's Markdown pipeline on Sätteri (Astro 7's default processor), for `.md` and `.mdx`
 * alike: each plugin is one pass over the tree, in this order.
 */
export function markdownPipeline(options: PipelineOptions): {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
  features: typeof MARKDOWN_FEATURES;
} {
  const text = textPlugins(options);
  return {
    mdastPlugins: [
      // First: callout directives (`:evidence[...]`, `:::see-a-professional`) become their
      // components' HTML, as hast the later text plugins do not take for prose. The pipeline's
      // digest rides on this plugin, so a change to any plugin or to references.json clears
      // Astro's cache of rendered Markdown (pipeline-digest.ts).
      calloutsPlugin({ projectRoot: options.projectRoot, cacheKey: options.cacheKey }),
      text.smartPunctuation,
      ...crossLinksPlugins({
        content: options.content,
        contentRoot: options.contentRoot,
        projectRoot: options.projectRoot,
        warn: options.warn,
      }),
      // Before the citations: "[@key]" is not words a reader reads.
      readingTimePlugin(),
      text.citations,
      imagesPlugin({ projectRoot: options.projectRoot, contentRoot: options.contentRoot }),
      evidenceLabelsPlugin({ projectRoot: options.projectRoot }),
      // Last, on the text as readers see it: en dashes in number ranges (src/lib/typography.ts).
      text.typography,
    ],
    hastPlugins: [...headingAnchorsPlugins(), stackedTablesPlugin()],
    features: MARKDOWN_FEATURES,
  };
}
