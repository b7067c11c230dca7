import { useState } from 'react';
import { Link } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import {
  listNotifications,
  markNotificationRead,
  NOTIFICATIONS_PAGE,
  type CitizenNotification,
} from '../../api/notifications.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { messagesPath } from './messages-path.ts';

/** 我的消息: the messages about the person's applications and cards, newest first, unread ones marked. */
export function MessagesPage() {
  return <SignedInOnly returnTo={messagesPath}>{() => <Messages />}</SignedInOnly>;
}

function Messages() {
  const t = useT();
  const heading = usePageHeading(t.messages.title);
  const { state, retry } = useApi('my-messages', (signal) => listNotifications(undefined, signal));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.messages.title}
      </h1>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <MessageList first={state.data.notifications} unread={state.data.unreadCount} />
      )}
    </>
  );
}

function MessageList(props: { first: CitizenNotification[]; unread: number }) {
  const t = useT();
  const [messages, setMessages] = useState(props.first);
  const [unread, setUnread] = useState(props.unread);
  // A full page may have more behind it; a shorter one is the last.
  const [more, setMore] = useState(props.first.length === NOTIFICATIONS_PAGE);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  if (messages.length === 0) return <p>{t.messages.none}</p>;

  const loadMore = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const next = await listNotifications(messages.at(-1)!.id);
      setMessages([...messages, ...next.notifications]);
      setUnread(next.unreadCount);
      setMore(next.notifications.length === NOTIFICATIONS_PAGE);
    } catch (caught) {
      setFailure(toApiFailure(caught));
    } finally {
      setBusy(false);
    }
  };
  // Opening a message's page marks it read; the page goes on whether or not that succeeds.
  const read = (message: CitizenNotification) => {
    if (message.readAt !== null) return;
    void markNotificationRead(message.id).catch(() => undefined);
  };

  return (
    <>
      <p role="status">{unread > 0 ? t.messages.unread(unread) : t.messages.allRead}</p>
      <ul className="application-list">
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} onOpen={() => read(message)} />
        ))}
      </ul>
      {failure && <ApiProblem failure={failure} onRetry={() => void loadMore()} />}
      {more && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => void loadMore()}
          >
            {t.messages.more}
          </button>
        </p>
      )}
    </>
  );
}

function MessageItem({ message, onOpen }: { message: CitizenNotification; onOpen: () => void }) {
  const t = useT();
  const { language } = useLanguage();
  const text = (texts: { zh: string; en: string }) => (language === 'zh-CN' ? texts.zh : texts.en);
  return (
    <li className="application-list__item">
      <h2 className="application-list__title">
        {message.readAt === null && <strong className="tag">{t.messages.unreadTag}</strong>}{' '}
        {text(message.title)}
      </h2>
      <p className="hint">{chinaDateTime(message.createdAt, language)}</p>
      <p>{text(message.body)}</p>
      <p>
        <Link to={message.link} onClick={onOpen}>
          {t.messages.open}
          <span className="visually-hidden"> {text(message.title)}</span>
        </Link>
      </p>
    </li>
  );
}
