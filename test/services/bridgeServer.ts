// The browser-mode bridge in a process of its own, as `npm run web` runs it: a test on the other side
// can then send a call while this process is busy with another one. Usage: bridgeServer.ts <dir>.
// Prints {"url","token"} on one line once it listens; SIGTERM closes the plan and the server.
import path from 'node:path';
import { startWebBridge } from '../../electron/core/webBridge';
import { browserServicesIn } from './browserServices';

const dir = process.argv[2];
const { session, handlers } = browserServicesIn(dir);
void startWebBridge({ handlers, rendererDir: path.join(dir, 'renderer') }).then((bridge) => {
  process.stdout.write(`${JSON.stringify({ url: bridge.url, token: bridge.token })}\n`);
  process.on('SIGTERM', () => {
    session.close();
    void bridge.close().then(() => process.exit(0));
  });
});
