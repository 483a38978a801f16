import { App } from "antd";
import type { ReactNode } from "react";

/**
 * antd's App: the message, modal and notification a page reaches with App.useApp(). It is its own chunk,
 * loaded with the pages that use it, not with the sign-in page or the incident list, the first pages a
 * person opens (docs/console.md, What loads when). No wrapping element: the page text's font and colour are
 * set once for the whole document (styles.css).
 */
export function FeedbackScope({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
