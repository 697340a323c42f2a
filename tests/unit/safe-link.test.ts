import { describe, expect, it } from 'vitest';
import { httpHref } from '../../src/app/safe_link';

describe('httpHref: only http(s) links reach an href', () => {
  it('keeps absolute http and https URLs', () => {
    expect(httpHref('https://mil.am/en/news/9422')).toBe('https://mil.am/en/news/9422');
    expect(httpHref('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c');
  });

  it('refuses script, data, relative and malformed links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/x',
      '//evil.example/x',
      '/relative',
      'not a url',
      '',
    ]) {
      expect(httpHref(url), url).toBeUndefined();
    }
  });

  it('refuses values that are not strings (the precomputed file is not schema-checked)', () => {
    for (const url of [undefined, null, 42, { href: 'https://x.org' }, ['https://x.org']]) {
      expect(httpHref(url)).toBeUndefined();
    }
  });
});
