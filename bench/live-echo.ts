// The baseline of `bench/live.ts`: a minimal `ws` server that speaks just enough of the
// participant protocol for the same client to run against it — `welcome` for a hello, `ack`
// for a vote, straight away, with no database and no validation beyond JSON.parse. What the
// machine's sockets can do; the app's figures are compared with it. Prints its port.
import { WebSocketServer } from "ws";

const welcome = JSON.stringify({
  type: "welcome",
  participant: { id: "echo", groupId: null, nickname: "" },
  session: { id: "echo", title: "echo", status: "running", step: null },
  answers: {},
});

const server = new WebSocketServer({
  host: "127.0.0.1",
  port: Number(process.argv[2] ?? 0),
  path: "/api/v1/live/ws",
  maxPayload: 16 * 1024,
});
server.on("connection", (socket) => {
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === "hello") socket.send(welcome);
    else if (message.type === "vote") socket.send(JSON.stringify({ type: "ack", id: message.id }));
    else if (message.type === "ping") socket.send('{"type":"pong"}');
  });
});
server.on("listening", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : address}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
