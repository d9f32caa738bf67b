import { z } from "zod";

/** The ways Nyx reaches the person outside the side panel (PRODUCT.md §6). */
export const NotificationChannelName = z.enum(["telegram", "email"]);
export type NotificationChannelName = z.infer<typeof NotificationChannelName>;

/** One channel: whether it is configured, and when not, what to set (no secrets, no addresses). */
export const NotificationChannel = z.object({
  channel: NotificationChannelName,
  configured: z.boolean(),
  /** What the channel is for, in a few words. */
  purpose: z.string(),
  notice: z.string().optional(),
});
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/** `GET /api/notifications`. */
export const NotificationChannels = z.object({ channels: z.array(NotificationChannel) });
export type NotificationChannels = z.infer<typeof NotificationChannels>;

/** What a test message did on one channel: sent, not configured (`notice` says what to set), or failed (`error`). */
export const NotificationTestResult = z.object({
  channel: NotificationChannelName,
  status: z.enum(["sent", "not_configured", "failed"]),
  /** Where it went, in words without personal data ("the Telegram chat in TELEGRAM_CHAT_ID"). */
  detail: z.string(),
});
export type NotificationTestResult = z.infer<typeof NotificationTestResult>;

/** `POST /api/notifications/test`: one result per channel, `sent` when at least one channel delivered it. */
export const NotificationTestResponse = z.object({
  sent: z.boolean(),
  results: z.array(NotificationTestResult),
});
export type NotificationTestResponse = z.infer<typeof NotificationTestResponse>;
