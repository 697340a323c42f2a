import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { i18n } from './i18n/i18n.svelte';
import { pickLang } from './i18n/langs';
import { parseFragment } from './url/state';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The interface opens in the link's language, or the browser's: a language other than English is a chunk of
// its own, in before the first paint (English readers wait for nothing).
await i18n.use(
  parseFragment(location.hash).state.lang ??
    pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]),
);

export default mount(App, { target });
