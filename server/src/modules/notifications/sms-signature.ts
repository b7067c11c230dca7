/**
 * Every text message the platform sends starts with its signature (短信签名), as China's SMS rules
 * require of a sender: the reader knows who writes before reading what.
 */
export const SMS_SIGNATURE = '【社保】';
