import type { Attachment } from 'svelte/attachments';

/**
 * Calls `want` once, when the element comes within `margin` of being seen in its scrolling panel (the nearest
 * `aside`, else the viewport): code for a part of the panel below the first view loads only when a reader
 * scrolls towards it.
 */
export const whenNear =
  (want: () => void, margin = '300px'): Attachment<HTMLElement> =>
  (node) => {
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        want();
      },
      { root: node.closest('aside'), rootMargin: margin },
    );
    seen.observe(node);
    return () => seen.disconnect();
  };
