/** What is being shared: the page's absolute URL and its title. */
export interface SharedPage {
  url: string;
  title: string;
}

export interface ShareLink {
  /** Stable key, used for the link's data attribute and in tests. */
  network: string;
  /** Visible label (the network's own name). */
  label: string;
  href: string;
}

const query = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/**
 * Share links as plain URLs to each network's own share page: no third-party script, no
 * request to any network until the reader clicks. The endpoints are the ones each network
 * documents for share buttons; the title travels as text where the network takes it.
 */
export function shareLinks({ url, title }: SharedPage): ShareLink[] {
  if (!/^https?:\/\//.test(url)) {
    throw new Error(`shareLinks needs an absolute URL; got "${url}"`);
  }
  const titleAndUrl = `${title} ${url}`;
  return [
    {
      network: 'x',
      label: 'X',
      href: `https://x.com/intent/post?${query({ text: title, url })}`,
    },
    {
      network: 'facebook',
      label: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
    },
    {
      network: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    },
    {
      network: 'whatsapp',
      label: 'WhatsApp',
      href: `https://wa.me/?${query({ text: titleAndUrl })}`,
    },
    {
      network: 'reddit',
      label: 'Reddit',
      href: `https://www.reddit.com/submit?${query({ url, title })}`,
    },
    {
      network: 'bluesky',
      label: 'Bluesky',
      href: `https://bsky.app/intent/compose?${query({ text: titleAndUrl })}`,
    },
    {
      network: 'email',
      label: 'Email',
      // mailto: wants %20 for spaces; URLSearchParams would write "+", which mail apps keep.
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(titleAndUrl)}`,
    },
  ];
}
