import sanitizeHtml from 'sanitize-html';
import { keyOfReferenceCard, referenceAnchorId } from './citations';

/**
 * Article HTML made safe and self-contained for feed readers: only plain content tags survive,
 * and every link and image URL becomes absolute (in-page `#` links point into the article). A
 * citation mark, a button that opens its reference's card on the page, becomes a link to the
 * reference in the list (a feed has no cards, and no buttons).
 */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (value: string | undefined): string | undefined => {
    if (!value) return value;
    if (value.startsWith('#')) return `${pageUrl}${value}`;
    return new URL(value, pageUrl).href;
  };
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'a',
      'strong',
      'em',
      'b',
      'i',
      'sup',
      'sub',
      'blockquote',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'caption',
      'img',
      'figure',
      'figcaption',
      'aside',
      'br',
      'hr',
      'code',
      'cite',
    ],
    allowedAttributes: {
      a: ['href', 'id'],
      img: ['src', 'alt', 'width', 'height'],
      li: ['id'],
      h2: ['id'],
      h3: ['id'],
      h4: ['id'],
      th: ['scope'],
    },
    allowedSchemes: ['https', 'http', 'mailto'],
    // Any other button (none today) goes with its label: a feed reader cannot press it.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'button'],
    transformTags: {
      button: (tagName, attribs) => {
        const key = keyOfReferenceCard(attribs.popovertarget ?? '');
        if (key === undefined) return { tagName, attribs };
        const href = absolute(`#${referenceAnchorId(key)}`) ?? '';
        return { tagName: 'a', attribs: { href, ...(attribs.id ? { id: attribs.id } : {}) } };
      },
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href) ?? '' } : {}) },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src) ?? '' } : {}) },
      }),
    },
  });
}
