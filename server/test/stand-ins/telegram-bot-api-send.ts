import type { Message, UserFromGetMe } from "grammy/types";
import type { MultipartFile } from "./telegram-bot-api-body.ts";

/** A message the bot sent, as the stand-in recorded it. */
export interface SentMessage {
  method: "sendMessage" | "sendPhoto";
  messageId: number;
  chatId: string;
  /** The text, or the photo's caption ("" when none). */
  text: string;
  photo?: { size: number; filename: string };
  parseMode?: string;
  linkPreviewDisabled: boolean;
  replyTo?: number;
  replyMarkup?: unknown;
}

export type SendOutcome = { refused: string } | { message: Message; sent: SentMessage };

/**
 * sendMessage and sendPhoto as the Bot API checks them (a known chat, text 1–4096 characters,
 * caption up to 1024, a photo present): the refusal's description, or the message and its record.
 */
export function acceptSend(
  method: "sendMessage" | "sendPhoto",
  params: Record<string, unknown>,
  files: Record<string, MultipartFile>,
  context: { me: UserFromGetMe; knownChats: Set<string>; messageId: number },
): SendOutcome {
  const chat = params.chat_id === undefined ? "" : String(params.chat_id);
  const text = String((method === "sendMessage" ? params.text : params.caption) ?? "");
  const photo = files[String(params.photo ?? "").replace(/^attach:\/\//, "")] ?? files.photo;
  const refused =
    chat === ""
      ? "Bad Request: chat_id is empty"
      : !context.knownChats.has(chat)
        ? "Bad Request: chat not found"
        : method === "sendMessage" && text.trim() === ""
          ? "Bad Request: message text is empty"
          : method === "sendMessage" && text.length > 4096
            ? "Bad Request: message is too long"
            : method === "sendPhoto" && text.length > 1024
              ? "Bad Request: message caption is too long"
              : method === "sendPhoto" && photo === undefined
                ? "Bad Request: there is no photo in the request"
                : undefined;
  if (refused !== undefined) return { refused };

  const { me, messageId } = context;
  const replyParameters = params.reply_parameters as { message_id?: unknown } | undefined;
  const replyTo = replyParameters?.message_id ?? params.reply_to_message_id;
  const preview = params.link_preview_options as { is_disabled?: unknown } | undefined;
  const size = photo?.bytes.length ?? 0;
  const message = {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(chat), type: "private", first_name: "Person" },
    from: { id: me.id, is_bot: true, first_name: me.first_name, username: me.username },
    ...(photo === undefined
      ? { text }
      : {
          caption: text,
          photo: [
            {
              file_id: `photo-${messageId}`,
              file_unique_id: `p${messageId}`,
              width: 800,
              height: 600,
              file_size: size,
            },
          ],
        }),
  } as Message;
  const sent: SentMessage = {
    method,
    messageId,
    chatId: chat,
    text,
    ...(photo === undefined ? {} : { photo: { size, filename: photo.filename } }),
    ...(typeof params.parse_mode === "string" ? { parseMode: params.parse_mode } : {}),
    linkPreviewDisabled: preview?.is_disabled === true,
    ...(typeof replyTo === "number" ? { replyTo } : {}),
    ...(params.reply_markup === undefined ? {} : { replyMarkup: params.reply_markup }),
  };
  return { message, sent };
}
