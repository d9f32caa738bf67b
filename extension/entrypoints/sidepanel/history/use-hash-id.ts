import { useEffect, useState } from "preact/hooks";

/** `#history/<id>` names the application whose detail is open; `#history` none. */
export function hashId(hash: string): string | undefined {
  const [, id] = hash.replace(/^#/, "").split("/");
  return id ? decodeURIComponent(id) : undefined;
}

export function useHashId(): string | undefined {
  const [id, setId] = useState(() => hashId(location.hash));
  useEffect(() => {
    const follow = () => setId(hashId(location.hash));
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return id;
}
