/**
 * Told to the rest of the console (the unread badge, the deal page) without coupling to it. A
 * module of its own so the header's badge does not pull the chat socket into every signed-in page.
 */
export const CHAT_READ_EVENT = 'tb:chat-read';
export const DEAL_UPDATED_EVENT = 'tb:deal-updated';
