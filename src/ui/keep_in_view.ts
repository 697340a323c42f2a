import type { Attachment } from 'svelte/attachments';

/** Space kept between a moved box and the viewport's edges, in CSS pixels. */
const MARGIN = 8;

/**
 * How far (px) to move a box sideways so that it lies within the viewport, `margin` from each edge. When the box
 * is wider than that, its left edge wins, so its start (where text begins) stays on screen.
 */
export function sidewaysShift(left: number, right: number, viewportWidth: number, margin = MARGIN): number {
  return Math.max(Math.min(0, viewportWidth - margin - right), margin - left);
}

/**
 * Keeps a popup anchored to a button on screen: on a phone the header wraps, and a menu aligned to its button's
 * right edge could start left of the screen. Placed again when the window is resized, and when the row its
 * anchor sits in changes (a button shown or hidden, a language's longer words) and so may move the anchor.
 */
export const keepInView: Attachment<HTMLElement> = (node) => {
  const place = () => {
    node.style.translate = '';
    const box = node.getBoundingClientRect();
    const shift = sidewaysShift(box.left, box.right, document.documentElement.clientWidth);
    node.style.translate = shift ? `${shift}px 0` : '';
  };
  place();
  addEventListener('resize', place);
  const row = node.offsetParent?.parentElement;
  const resized = new ResizeObserver(place);
  const changed = new MutationObserver(place);
  if (row) {
    resized.observe(row);
    changed.observe(row, { childList: true, subtree: true, characterData: true });
  }
  return () => {
    removeEventListener('resize', place);
    resized.disconnect();
    changed.disconnect();
  };
};
