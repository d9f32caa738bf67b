import { useEffect, useState } from "preact/hooks";
import { type View, viewOf } from "./tabs.ts";

/** The open view follows the URL's hash, so a view can be linked to and survives a reload. */
export function useView(): [View, (next: View) => void] {
  const [view, setView] = useState<View>(() => viewOf(location.hash));
  useEffect(() => {
    const follow = () => setView(viewOf(location.hash));
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return [view, (next) => (location.hash = next)];
}
