import { callNames, channelOf, type Handlers } from '../../shared/contract';
import { dispatch } from '../core/services/handlers';

/** The slice of ipcMain we use, so registration is testable against a stand-in. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<unknown>): void;
}
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/**
 * One handler per contract call, derived from the contract's list. Every input goes through the
 * shared schema in dispatch(); calls from any frame other than our own page are refused.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlersFor: (senderId: number) => Handlers,
  isOwnPage: (url: string) => boolean,
): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event, input) => {
      if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
        return { ok: false, error: { code: 'invalidInput', params: { detail: 'sender' } } };
      }
      return dispatch(handlersFor(event.sender.id), name, input);
    });
  }
}
