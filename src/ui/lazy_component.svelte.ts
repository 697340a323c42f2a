// A component whose code loads only when first wanted (the first view has no claim card and no timeline):
// `component` is undefined until then, and the markup shows it once it is in.

export interface LazyComponent<T> {
  readonly component: T | undefined;
  /** Starts loading the code, once; a failure is logged and may be retried by the next call. */
  want(): void;
}

export function lazyComponent<T>(name: string, load: () => Promise<{ default: T }>): LazyComponent<T> {
  let component: T | undefined = $state.raw();
  let loading = false;
  return {
    get component() {
      return component;
    },
    want() {
      if (component || loading) return;
      loading = true;
      load().then(
        (m) => (component = m.default),
        (e: unknown) => {
          loading = false;
          console.warn(`The ${name}'s code did not load: ${String(e)}`);
        },
      );
    },
  };
}
