/** Waits for the label fonts so the first labels are drawn in them, not in a fallback. */
export async function loadLabelFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load('16px "Noto Sans"', 'Goris Laçın Кафан'),
    document.fonts.load('16px "Noto Sans Armenian"', 'Գորիս'),
  ]).catch(() => undefined); // a missing font only costs looks; labels fall back to sans-serif
}
