import type { Api, CallInput, CallName, CallResult } from '../shared/contract';
import type { Result } from '../shared/result';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    capMarketing?: Api;
  }
}

/** Browser mode: the same calls over the loopback HTTP bridge, authorised by the launch token. */
function createHttpApi(token: string): Api {
  return {
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallResult<N>>> {
      try {
        const response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Cap-Token': token },
          body: JSON.stringify(input),
        });
        if (!response.ok) return { ok: false, error: { code: 'internal', params: { status: response.status } } };
        return (await response.json()) as Result<CallResult<N>>;
      } catch {
        return { ok: false, error: { code: 'internal' } };
      }
    },
  };
}

const tokenFromLocation = () => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

/** One interface in both modes: components and stores never know which transport they use. */
export const api: Api = window.capMarketing ?? createHttpApi(tokenFromLocation());
