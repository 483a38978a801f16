import { useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useErrorText } from "../components/error-message.tsx";

/** Runs an admin change, says `done`, and reads the list again; false (and a message) when it failed. */
export type Run = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

/** Runs an admin change, says so, and reads the list again; a failure is shown as a message. */
export function useRun(queryKey: string[]): Run {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  return async (work, done) => {
    try {
      await work();
      message.success(done);
      await client.invalidateQueries({ queryKey, exact: true });
      return true;
    } catch (failure) {
      message.error(errorText(failure));
      return false;
    }
  };
}
