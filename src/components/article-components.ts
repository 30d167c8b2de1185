import ArticleFigure from './ArticleFigure.astro';
import EvidenceLabel from './EvidenceLabel.astro';
import SeeAProfessional from './SeeAProfessional.astro';

/**
 * The components an article's MDX may use by name. The article page and the feeds (which render
 * the same MDX for feed readers) both take them from here, so a component added for writers
 * works in both places.
 */
export const articleComponents = { SeeAProfessional, EvidenceLabel, ExerciseFigure: ArticleFigure };
