import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../lib/content-errors.ts';
import {
  extensionsOf,
  LINKABLE_COLLECTIONS,
  type LinkableCollection,
} from '../../lib/content-links.ts';
import { isVisible, type PublishingContext } from '../../lib/publishing.ts';
import { citationsPlugin, type CitableReference } from '../../markdown/citations.ts';
import { typographyPlugin } from '../../markdown/typography.ts';
import type { CrossLinkContent, CrossLinkTarget } from '../../markdown/cross-links.ts';
import { articleSchema } from '../../schemas/article.ts';
import { exerciseSchema } from '../../schemas/exercise.ts';
import { muscleGroupSchema } from '../../schemas/muscle-group.ts';
import { programSchema } from '../../schemas/program.ts';
import type { ReferenceFactory } from '../../schemas/shared.ts';
import { headingIdsOf } from './headings.ts';

/**
 * The one reader of content files outside Astro's collections: the build config (redirects,
 * sitemap dates) and the cross-link plugin (which must know a target's headings and whether it
 * is published before that target renders) both ask it. Each file is read once (again only when
 * it changes, for `astro dev`), with Astro's own front-matter parser, and the few fields needed
 * here are validated with the collections' real schemas, so a value means here exactly what it
 * means to Astro: `draft: True`, a byte-order mark or a trailing `# comment` are read as YAML
 * reads them.
 */

/** Astro's image() and reference() stand-ins: only dates, flags and slugs are read here. */
const standIns = {
  image: () => z.unknown(),
  reference: (() => z.string()) as unknown as ReferenceFactory,
};
const article = articleSchema(standIns).shape;
const program = programSchema(standIns).shape;
const exercise = exerciseSchema(standIns).shape;
const muscleGroup = muscleGroupSchema(standIns).shape;

/** The fields this reader needs from each collection, as the real schemas define them. */
const FIELDS = {
  articles: z.object({
    draft: article.draft,
    pubDate: article.pubDate,
    updatedDate: article.updatedDate,
    reviewedDate: article.reviewedDate,
    redirectFrom: article.redirectFrom,
  }),
  programs: z.object({
    draft: program.draft,
    pubDate: program.pubDate,
    updatedDate: program.updatedDate,
    reviewedDate: program.reviewedDate,
  }),
  exercises: z.object({ draft: exercise.draft }),
  'muscle-groups': z.object({ draft: muscleGroup.draft }),
} satisfies Record<LinkableCollection, z.ZodType>;

/** What the build needs to know about one content file. */
export interface ContentFacts {
  collection: LinkableCollection;
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  draft: boolean;
  pubDate?: Date | undefined;
  updatedDate?: Date | undefined;
  reviewedDate?: Date | undefined;
  /** Old slugs that redirect to this entry (articles only; empty elsewhere). */
  redirectFrom: readonly string[];
}

/**
 * What is kept of a file between look-ups: its facts, and its heading ids once a cross-link has
 * asked for them. Not its text: a build reads every article, and only the few that a link names
 * with a `#heading` need their text again (kept, it was about 12 KB a file held for the whole build).
 */
interface CachedFile {
  mtimeMs: number;
  facts: ContentFacts;
  headingIds?: string[];
}

/** Reads and caches content files under one `content/` folder. */
export class ContentReader implements CrossLinkContent {
  readonly contentRoot: string;
  readonly projectRoot: string;
  #files = new Map<string, CachedFile>();
  #references: { mtimeMs: number; entries: CitableReference[]; ids: string[] } | undefined;
  #publishing: PublishingContext | undefined;

  constructor({ contentRoot, projectRoot }: { contentRoot: string; projectRoot: string }) {
    this.contentRoot = path.resolve(contentRoot);
    this.projectRoot = path.resolve(projectRoot);
  }

  /** The build's publishing rule; set once by the content integration from Astro's command. */
  set publishing(context: PublishingContext) {
    this.#publishing = context;
  }

  get publishing(): PublishingContext {
    if (!this.#publishing) {
      throw new Error(
        'The content integration has not run yet: add siteContent().integration to integrations in astro.config.mjs.',
      );
    }
    return this.#publishing;
  }

  /** Whether the build shows this entry (drafts and scheduled entries only in `astro dev`). */
  isPublished(facts: ContentFacts): boolean {
    return isVisible(facts, this.publishing);
  }

  /** Facts of the content file at an absolute path, or undefined when it is not one. */
  facts(file: string): ContentFacts | undefined {
    return this.#read(file)?.facts;
  }

  /** A cross-link target: whether it is published, and its headings when a link names one. */
  target(file: string): CrossLinkTarget | undefined {
    const facts = this.facts(file);
    if (!facts) return undefined;
    return { published: this.isPublished(facts), headingIds: () => this.headingIds(file) };
  }

  /** Ids of a content file's headings, exactly as Astro will give them. */
  headingIds(file: string): string[] {
    const cached = this.#read(file);
    if (!cached) return [];
    cached.headingIds ??= headingIdsOf(this.#bodyOf(file), {
      path: file,
      mdx: file.endsWith('.mdx'),
      projectRoot: this.projectRoot,
      textPlugins: [
        citationsPlugin({ references: () => this.references(), projectRoot: this.projectRoot }),
        typographyPlugin(),
      ],
    });
    return cached.headingIds;
  }

  /** Every entry of a collection, in file-name order. */
  entries(collection: LinkableCollection): ContentFacts[] {
    return [...this.#filesIn(collection).values()].map((file) => this.facts(file)!);
  }

  /** Ids of the entries of a collection, in file-name order. */
  idsIn(collection: LinkableCollection): string[] {
    return [...this.#filesIn(collection).keys()];
  }

  /**
   * A collection's files by entry id, in id order. An article may be `.md` or `.mdx`; both for
   * one id would be two entries with one URL, so that stops the build naming both files.
   */
  #filesIn(collection: LinkableCollection): Map<string, string> {
    const folder = path.join(this.contentRoot, collection);
    if (!existsSync(folder)) return new Map();
    const files = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      const extension = extensionsOf(collection).find((candidate) => name.endsWith(candidate));
      if (!extension) continue;
      const id = name.slice(0, -extension.length);
      const earlier = files.get(id);
      if (earlier) {
        throw new ContentError({
          file: this.relative(path.join(folder, name)),
          field: 'file name',
          value: name,
          problem: `names the same entry as ${this.relative(earlier)}, so both would be the page of "${id}"`,
          valid: 'one file per entry: rename or remove one of them',
        });
      }
      files.set(id, path.join(folder, name));
    }
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** The entries of content/references.json as citations use them (re-read when the file changes). */
  references(): CitableReference[] {
    return this.#referencesFile().entries;
  }

  /** The ids of content/references.json, the only keys a citation may use. */
  referenceIds(): string[] {
    return this.#referencesFile().ids;
  }

  #referencesFile(): { entries: CitableReference[]; ids: string[] } {
    const file = path.join(this.contentRoot, 'references.json');
    const { mtimeMs } = statSync(file);
    if (this.#references?.mtimeMs !== mtimeMs) {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CitableReference[];
      const entries = parsed.map(({ id, authors, year }) => ({ id, authors, year }));
      this.#references = { mtimeMs, entries, ids: entries.map((entry) => entry.id) };
    }
    return this.#references;
  }

  /** A path relative to the project root, with forward slashes, for messages. */
  relative(file: string): string {
    return path.relative(this.projectRoot, file).split(path.sep).join('/');
  }

  #read(file: string): CachedFile | undefined {
    const located = this.#locate(file);
    if (!located) return undefined;
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return undefined;
      mtimeMs = stat.mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.#files.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached;
    const relative = this.relative(file);
    // The same parser Astro's Markdown and MDX loaders use; front matter is blanked with spaces
    // so line numbers in the body stay those of the file.
    const { frontmatter } = parseFrontmatterOf(readFileSync(file, 'utf8'), relative);
    const parsed = FIELDS[located.collection].safeParse(frontmatter);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      const value = (frontmatter as Record<string, unknown>)[String(issue.path[0])];
      throw new ContentError({
        file: relative,
        field,
        value: value === undefined ? undefined : String(value),
        problem: issue.message,
      });
    }
    const data = parsed.data as Partial<Omit<ContentFacts, 'collection' | 'id' | 'file'>>;
    const entry: CachedFile = {
      mtimeMs,
      facts: {
        collection: located.collection,
        id: located.id,
        file: relative,
        draft: data.draft ?? false,
        pubDate: data.pubDate,
        updatedDate: data.updatedDate,
        reviewedDate: data.reviewedDate,
        redirectFrom: data.redirectFrom ?? [],
      },
    };
    this.#files.set(file, entry);
    return entry;
  }

  /** A content file's text after its front matter (blanked with spaces: line numbers hold). */
  #bodyOf(file: string): string {
    return parseFrontmatterOf(readFileSync(file, 'utf8'), this.relative(file)).content;
  }

  /** The collection and id of a path directly inside a linkable content folder. */
  #locate(file: string): { collection: LinkableCollection; id: string } | undefined {
    const folder = path.basename(path.dirname(file));
    if (path.dirname(path.dirname(file)) !== this.contentRoot || !(folder in LINKABLE_COLLECTIONS))
      return undefined;
    const collection = folder as LinkableCollection;
    const extension = extensionsOf(collection).find((candidate) => file.endsWith(candidate));
    if (!extension) return undefined;
    return { collection, id: path.basename(file, extension) };
  }
}

/**
 * Astro's front-matter parse, with the file named when its YAML is invalid (this reader runs
 * before Astro's loaders, so the YAML error alone would not say which file it is in).
 */
function parseFrontmatterOf(source: string, file: string): ReturnType<typeof parseFrontmatter> {
  try {
    return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const { message, mark } = error as Error & { mark?: { line?: number } };
    // The parser counts from 0 and its text starts on the opening --- line, so +1 is the file's line.
    const line = mark?.line === undefined ? undefined : mark.line + 1;
    throw new ContentError({
      file,
      line,
      field: 'front matter',
      problem: `is not valid YAML (${message.split('\n')[0]!.trim()})`,
      valid:
        'YAML as in the other entries; text with special characters in "double quotes", with no control characters such as form feeds',
    });
  }
}
