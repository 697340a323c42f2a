import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { i18n } from './i18n/i18n.svelte';
import { pickLang } from './i18n/langs';
import { parseFragment } from './url/state';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The interface opens in the link's language, or the browser's: a language other than English is a chunk of
// its own, in before the first paint (English readers wait for nothing). Should it not load, the interface
// opens in English. (Not a top-level await: the build would then split the modules this chunk shares with
// the lazy ones into chunks of their own.)
void i18n
  .use(
    parseFragment(location.hash).state.lang ??
      pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]),
  )
  .catch((e: unknown) => console.warn(`The interface's language did not load: ${String(e)}`))
  .then(() => mount(App, { target }));
