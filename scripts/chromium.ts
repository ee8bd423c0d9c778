/**
 * How this project starts Debian's Chromium: one flag list for the browser tests, the demo, the
 * benchmark and the icon renderer. Why each flag: a closed network (no background fetches, no
 * component updates, no QUIC), running as root (`--no-sandbox`) and no GPU on these machines.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumArgs(extensionDir?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
