declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the page-side chrome API in evaluate() callbacks
