import sanitizeHtml from 'sanitize-html';

/**
 * Article HTML made safe and self-contained for feed readers: only plain content tags survive,
 * and every link and image URL becomes absolute (in-page `#` links point into the article).
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
    transformTags: {
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
