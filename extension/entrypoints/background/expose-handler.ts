/**
 * Puts an event handler the background registered with Chrome on `globalThis.nyx`, so the service
 * worker's DevTools console and the e2e tests can call exactly what Chrome calls: native menus
 * cannot be clicked from a script, and `chrome.contextMenus.onClicked.hasListener(nyx.name)` shows
 * that the exposed function is the registered one. Only the extension's own pages reach these globals.
 */
export function exposeHandler(name: string, handler: (...args: never[]) => unknown): void {
  const handles: Record<string, unknown> = Reflect.get(globalThis, "nyx") ?? {};
  handles[name] = handler;
  Reflect.set(globalThis, "nyx", handles);
}
