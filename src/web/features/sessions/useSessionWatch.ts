import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type {
  OpenAnswerView,
  StepResults,
  WatcherServerMessage,
} from "../../../domain/live/index.ts";
import { backoffDelay } from "../../components/backoff.ts";
import { sessionKey } from "./api.ts";

export interface Progress {
  joined: number;
  stepId: string | null;
  answered: number;
  votes: number;
}

export interface WatchState {
  /** Before the first connection "connecting"; after one was lost, "lost" until it is back. */
  connection: "connecting" | "open" | "lost";
  progress: Progress | null;
  /** The revealed results per step id, as last sent (null: hidden again). */
  results: Record<string, StepResults | null>;
  openAnswers: { stepId: string; answers: OpenAnswerView[] } | null;
}

const initial: WatchState = {
  connection: "connecting",
  progress: null,
  results: {},
  openAnswers: null,
};

/** Close codes after which reconnecting cannot help: the session is gone. */
const final = new Set([4404, 4410]);

/**
 * The presenter's and facilitator's live connection to a session: the session itself goes into
 * the query cache (so the page has one source), progress, results and open answers into the
 * returned state. Reconnects with backoff (0.5 s doubling to 15 s) after a drop.
 */
export function useSessionWatch(slug: string, sessionId: string): WatchState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<WatchState>(initial);

  useEffect(() => {
    if (!slug || !sessionId) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ping: ReturnType<typeof setInterval> | undefined;
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/v1/workspaces/${encodeURIComponent(slug)}/sessions/${sessionId}/ws`;

    const receive = (message: WatcherServerMessage) => {
      switch (message.type) {
        case "session":
          queryClient.setQueryData(sessionKey(slug, sessionId), message.session);
          break;
        case "progress": {
          const { joined, stepId, answered, votes } = message;
          setState((s) => ({ ...s, progress: { joined, stepId, answered, votes } }));
          break;
        }
        case "results":
          setState((s) => ({ ...s, results: { ...s.results, [message.stepId]: message.results } }));
          break;
        case "open_answers":
          setState((s) => ({
            ...s,
            openAnswers: { stepId: message.stepId, answers: message.answers },
          }));
          break;
        default:
          break;
      }
    };

    const connect = () => {
      const current = new WebSocket(url);
      socket = current;
      current.onopen = () => {
        attempt = 0;
        setState((s) => ({ ...s, connection: "open" }));
      };
      current.onmessage = (event) => {
        try {
          receive(JSON.parse(String(event.data)) as WatcherServerMessage);
        } catch {
          // Not ours to read.
        }
      };
      current.onclose = (event) => {
        if (socket !== current) return;
        socket = null;
        setState((s) => ({ ...s, connection: "lost" }));
        if (stopped || final.has(event.code)) return;
        retry = setTimeout(connect, backoffDelay(attempt++));
      };
    };

    const wake = () => {
      if (!socket && !stopped) {
        clearTimeout(retry);
        attempt = 0;
        connect();
      }
    };
    connect();
    // Keeps the connection open through proxies that close quiet ones.
    ping = setInterval(() => {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "ping" }));
    }, 25_000);
    addEventListener("online", wake);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      removeEventListener("online", wake);
      const open = socket;
      socket = null;
      open?.close(1000);
      setState(initial);
    };
  }, [slug, sessionId, queryClient]);

  return state;
}
