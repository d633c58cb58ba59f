import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { z } from "zod";
import {
  closeCodes,
  type ParticipantServerMessage,
  participantMessageSchema,
  watcherMessageSchema,
} from "../../domain/live/index.ts";
import { roleSatisfies } from "../../domain/roles.ts";
import { slugSchema } from "../../domain/workspaces.schemas.ts";
import { policies } from "../http/policy.ts";
import type { ParticipantRow } from "../modules/live/live.repository.ts";
import type { Services } from "../services.ts";
import type { Room } from "./hub.ts";

const helloTimeoutMs = 10_000;
/**
 * Messages a socket may send: a bucket of `burst` that refills at `perSecond`. A phone sends a
 * few per minute; the burst lets a reconnecting phone resend a long queue of unacknowledged
 * votes at once, and the refill rate stops a client that floods.
 */
const rate = { burst: 1000, perSecond: 50 };

function rateLimiter() {
  let tokens = rate.burst;
  let last = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(rate.burst, tokens + ((now - last) / 1000) * rate.perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

function parse(data: unknown): unknown {
  try {
    return JSON.parse(String(data));
  } catch {
    return undefined;
  }
}

/**
 * WebSocket support, registered before every other hook: the plugin marks upgrade requests in
 * its own onRequest hook, and a request refused by an earlier hook (authorisation) would leave
 * its socket open.
 */
export async function registerWebSockets(app: FastifyInstance) {
  await app.register(websocket, {
    options: { maxPayload: 16 * 1024 },
    // Going away: clients reconnect (to another process, or to this one after a restart). A
    // client that does not finish the close handshake is cut off, so shutdown never hangs.
    preClose(done) {
      for (const client of this.websocketServer.clients) {
        client.close(1001, "server_shutdown");
        setTimeout(() => client.terminate(), 1000).unref();
      }
      this.websocketServer.close(() => done());
    },
  });
}

/** The session WebSockets: participants at /live/ws, presenters and facilitators per session. */
export async function liveGateway(app: FastifyInstance, { services }: { services: Services }) {
  const hub = services.liveHub;
  hub.log = app.log;
  app.addHook("onClose", async () => {
    await hub.stop();
  });

  app.get(
    "/live/ws",
    { websocket: true, config: { policy: policies.public }, schema: { hide: true } },
    (socket: WebSocket) => {
      const reply = (message: ParticipantServerMessage) => socket.send(JSON.stringify(message));
      const allowed = rateLimiter();
      let participant: ParticipantRow | undefined;
      let room: Room | undefined;
      let greeting: Promise<void> | undefined;
      const entry = () => ({ socket, row: participant! });
      let member: ReturnType<typeof entry> | undefined;
      const helloTimer = setTimeout(() => {
        reply({ type: "error", code: "no_hello" });
        socket.close(closeCodes.noHello, "no_hello");
      }, helloTimeoutMs);

      socket.on("close", () => {
        clearTimeout(helloTimer);
        if (room && member) {
          room.participants.delete(member);
          hub.release(room);
        }
      });

      socket.on("message", async (data) => {
        if (!allowed()) {
          reply({ type: "error", code: "too_fast" });
          socket.close(closeCodes.tooFast, "too_fast");
          return;
        }
        const message = participantMessageSchema.safeParse(parse(data));
        if (!message.success) return;
        const m = message.data;
        if (m.type === "ping") return reply({ type: "pong" });
        if (m.type === "hello") {
          if (greeting) return;
          greeting = (async () => {
            const found = await services.live.participant(m.token);
            if (!found) {
              reply({ type: "error", code: "unknown_participant" });
              socket.close(closeCodes.unknownParticipant, "unknown_participant");
              return;
            }
            if (found.session.status === "ended") {
              reply({ type: "error", code: "session_ended" });
              socket.close(closeCodes.sessionEnded, "session_ended");
              return;
            }
            clearTimeout(helloTimer);
            participant = found.participant;
            room = await hub.room(found.session.id);
            member = entry();
            room.participants.add(member);
            reply({
              type: "welcome",
              participant: {
                id: participant.id,
                groupId: participant.stakeholderGroupId,
                nickname: participant.nickname,
              },
              session: room.participantView(),
              answers: await room.givenAnswers(participant.id),
            });
          })().catch((error) => {
            app.log.error({ err: error }, "live hello failed");
            socket.close(1011, "internal");
          });
          return;
        }
        // A vote: wait for the hello to finish (a client may send both at once).
        await greeting;
        if (!participant || !room) return;
        const outcome = await hub.submit(room, participant, m);
        if (outcome === "committed" || outcome === "duplicate") reply({ type: "ack", id: m.id });
        else if (outcome === "failed") socket.close(1011, "vote_not_saved");
        else reply({ type: "rejected", id: m.id, code: outcome });
      });
    },
  );

  app.get(
    "/workspaces/:slug/sessions/:sessionId/ws",
    {
      websocket: true,
      config: { policy: policies.workspace("viewer") },
      schema: { hide: true, params: z.object({ slug: slugSchema, sessionId: z.uuid() }) },
    },
    async (socket: WebSocket, request) => {
      const { sessionId } = request.params as { sessionId: string };
      const allowed = rateLimiter();
      let closed = false;
      const watcher = {
        socket,
        moderator: roleSatisfies(request.workspace!.role, "editor"),
      };
      let room: Room | undefined;
      socket.on("close", () => {
        closed = true;
        if (room) {
          room.watchers.delete(watcher);
          hub.release(room);
        }
      });
      socket.on("message", (data) => {
        if (!allowed()) return socket.close(closeCodes.tooFast, "too_fast");
        const message = watcherMessageSchema.safeParse(parse(data));
        if (message.success) socket.send(JSON.stringify({ type: "pong" }));
      });
      try {
        const session = await services.live
          .get(request.workspace!.id, sessionId)
          .catch(() => undefined);
        if (!session) return socket.close(4404, "not_found");
        room = await hub.room(sessionId);
        if (closed) return hub.release(room);
        room.watchers.add(watcher);
        socket.send(JSON.stringify({ type: "session", session: room.facilitatorView() }));
        await room.ensureVotes();
        room.flushNow();
      } catch (error) {
        app.log.error({ err: error }, "live watcher failed");
        socket.close(1011, "internal");
      }
    },
  );
}
