/** The slice of the extension API that e2e code evaluates inside the extension's service worker. */
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown) => void): void };
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  tabs: {
    query(query: {
      url?: string;
      active?: boolean;
      lastFocusedWindow?: boolean;
      windowId?: number;
      groupId?: number;
    }): Promise<Array<{ id?: number; url?: string; groupId?: number; windowId?: number; active?: boolean }>>;
    create(properties: { windowId?: number; url?: string; active?: boolean }): Promise<{ id?: number }>;
  };
  tabGroups: {
    query(query: { title?: string }): Promise<Array<{ id: number; title?: string; windowId: number }>>;
  };
  windows: {
    getAll(options?: {
      populate?: boolean;
    }): Promise<Array<{ id?: number; state?: string; tabs?: Array<{ id?: number; url?: string; groupId?: number }> }>>;
  };
  contextMenus: {
    update(id: string, properties: Record<string, unknown>): Promise<void>;
    onClicked: { hasListener(listener: unknown): boolean };
  };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
};

/** What the background exposes for calling its registered handlers (entrypoints/background/expose-handler.ts). */
declare const nyx: {
  onMenuClicked(info: { menuItemId: string; pageUrl?: string; editable: boolean }, tab?: unknown): void;
};
