/** The address of 我的消息. */
export const messagesPath = '/messages';
