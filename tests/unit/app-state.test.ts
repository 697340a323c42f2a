import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/app_state.svelte';
import { DEFAULT_VIEW, formatFragment } from '../../src/url/state';

/** The link the app writes for this state, at the default camera. */
const linkOf = (app: AppState) => formatFragment({ ...DEFAULT_VIEW, ...app.linkFields() });

describe('AppState.linkFields', () => {
  it('writes the swipe divider in swipe mode only', () => {
    const app = new AppState();
    app.compare = 'swipe';
    app.divider = 0.3;
    expect(linkOf(app)).toContain('split=0.3');
    app.compare = 'overlay';
    expect(linkOf(app)).not.toContain('split=');
    app.compare = 'off';
    expect(linkOf(app)).not.toContain('split=');
    // Back in swipe mode, the divider is where it was left.
    app.compare = 'swipe';
    expect(linkOf(app)).toContain('split=0.3');
  });

  it('keeps the sides swapped outside swipe mode: overlay names them in that order', () => {
    const app = new AppState();
    app.swapped = true;
    app.compare = 'overlay';
    expect(linkOf(app)).toContain('swap=1');
  });
});
