import WebSocket from "ws";

/**
 * Stored-XSS payloads: each would run `window.__xss = 1` (or inject an element) if a page put it
 * into the DOM as HTML or as a link target instead of as text.
 */
export const xssPayloads = {
  img: "<img src=x onerror=window.__xss=1>",
  svg: "<svg onload=window.__xss=1>",
  script: "<script>window.__xss=1</script>",
  iframe: '"><iframe src=x></iframe>',
  link: "javascript:window.__xss=1",
} as const;

/**
 * Cells a spreadsheet would run as a formula if they were written as one (OWASP CSV injection):
 * each becomes an item name, so every export has them in a text column.
 */
export const formulaNames = [
  "=1+1",
  '=HYPERLINK("javascript:window.__xss=1";"klik")',
  "+SUM(1;2)",
  "-2+3",
  "@SUM(1;2)",
] as const;

/**
 * A hostile value for a field of at most `max` characters: a short label (to find it back),
 * then as many of the payloads as fit, in the order img, svg, script, iframe, link. Every
 * value holds at least the img payload (the shortest field, the nickname, takes 40).
 */
export function hostile(label: string, max = 200): string {
  let value = `${label} ${xssPayloads.img}`;
  for (const payload of [
    xssPayloads.svg,
    xssPayloads.script,
    xssPayloads.iframe,
    xssPayloads.link,
  ]) {
    if (value.length + 1 + payload.length <= max) value += ` ${payload}`;
  }
  if (value.length > max) throw new Error(`label ${label} too long for ${max}`);
  return value;
}

/** Labels of every hostile text field the seeder fills, with where it was put. */
export const hostileFields: Record<string, string> = {};

function field(label: string, where: string, max?: number): string {
  hostileFields[label] = where;
  return hostile(label, max);
}

export interface HostileWorkspace {
  slug: string;
  ownerCookie: string;
  memberCookie: string;
  itemIds: string[];
  formulaItemIds: string[];
  expectationId: string;
  sessionId: string;
  code: string;
  steps: { quick: string; open: string; realism: string };
  owner: { email: string; password: string };
  member: { email: string; password: string };
}

// biome-ignore lint/suspicious/noExplicitAny: answers of the API under test, read loosely
type Json = Record<string, any>;

/**
 * Fills a workspace, over real HTTP and the live WebSocket, with a hostile value in every text
 * field a user or a participant can write: the workspace's name, areas, items (name,
 * description, themes, funding, reach), criteria, stakeholder groups, a member's display name,
 * scores' comments, decisions' reasons, expectations (title, source, page, expects, purpose,
 * themes), realism notes, sphere roles, actions, indicators and measurements, a snapshot, a
 * session (title, step titles, notes, questions), participants' nicknames and their open answers
 * (approved). The session's quick vote and open question are revealed at the end.
 */
export async function seedHostileWorkspace(
  baseUrl: string,
  owner: { email: string; password: string },
): Promise<HostileWorkspace> {
  const http = async (
    method: string,
    path: string,
    cookie: string | null,
    body?: unknown,
  ): Promise<{ status: number; json: Json; cookie: string | null }> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("sb_session="));
    return {
      status: response.status,
      json: text ? JSON.parse(text) : {},
      cookie: setCookie ? setCookie.split(";")[0]! : null,
    };
  };
  const login = async (user: { email: string; password: string }) =>
    (await http("POST", "/auth/login", null, user)).cookie!;

  const ownerCookie = await login(owner);
  const { slug } = (
    await http("POST", "/workspaces", ownerCookie, {
      name: field("WSNAME", "workspace name", 100),
      slug: `hostile-${Date.now().toString(36)}`,
    })
  ).json.workspace as { slug: string };
  const ws = (method: string, path: string, cookie: string, body?: unknown) =>
    http(method, `/workspaces/${slug}${path}`, cookie, body).then((r) => r.json);

  const area = await ws("POST", "/areas", ownerCookie, {
    name: field("AREA", "area name", 100),
    kind: "wijk",
  });
  const itemIds: string[] = [];
  for (const n of [1, 2, 3]) {
    const item = await ws("POST", "/items", ownerCookie, {
      name: field(`ITEM${n}`, "item name"),
      description: field(`DESC${n}`, "item description", 4000),
      kind: n === 1 ? "organisation" : n === 2 ? "place" : "activity",
      carriedBy: "volunteers",
      sphere: n === 1 ? "personal" : n === 2 ? "communal" : "institutional",
      themes: [field(`THEME${n}`, "item theme", 60)],
      areaIds: [area.id],
      funding: field(`FUND${n}`, "item funding", 300),
      reach: field(`REACH${n}`, "item reach", 300),
    });
    itemIds.push(item.id);
  }
  const formulaItemIds: string[] = [];
  for (const name of formulaNames) {
    const item = await ws("POST", "/items", ownerCookie, {
      name,
      description: name,
      kind: "activity",
      carriedBy: "volunteers",
      sphere: "communal",
      funding: name,
      reach: name,
    });
    formulaItemIds.push(item.id);
  }

  await ws("POST", "/criteria", ownerCookie, {
    set: "contributes",
    label: field("CRIT", "criterion label"),
    explanation: field("CRITEXPL", "criterion explanation", 2000),
  });
  const group = await ws("POST", "/stakeholder-groups", ownerCookie, {
    name: field("GROUP", "stakeholder group", 80),
  });

  // A member with a hostile display name, through an invitation.
  const invite = await ws("POST", "/invites", ownerCookie, { role: "member" });
  const member = {
    email: `hostile-${Date.now().toString(36)}@example.org`,
    password: "hostile member password",
  };
  await http("POST", `/invites/${invite.token}/accept`, null, {
    account: { ...member, displayName: field("DISPLAY", "display name", 80) },
  });
  const memberCookie = await login(member);
  await ws("PUT", "/membership/group", memberCookie, { groupId: group.id });

  const criteria: { versionId: string; enabled: boolean }[] = (
    await ws("GET", "/criteria", ownerCookie)
  ).criteria;
  for (const [i, cookie] of [ownerCookie, memberCookie].entries()) {
    for (const itemId of itemIds) {
      await ws("PUT", `/items/${itemId}/my-score`, cookie, {
        answers: Object.fromEntries(criteria.map((c) => [c.versionId, "yes"])),
        overall: "rather_yes",
        sphere: "communal",
        comment: field(`COMMENT${i}`, "score comment", 2000),
      });
    }
  }
  for (const itemId of itemIds) {
    await ws("POST", `/items/${itemId}/decisions`, ownerCookie, {
      decision: "in",
      reason: field("REASON", "decision reason", 2000),
    });
  }

  const expectation = await ws("POST", "/expectations", ownerCookie, {
    title: field("EXPTITLE", "expectation title"),
    source: field("EXPSOURCE", "expectation source", 300),
    page: xssPayloads.link,
    expects: field("EXPECTS", "expectation text", 4000),
    purpose: field("PURPOSE", "expectation purpose", 4000),
    themes: [field("EXPTHEME", "expectation theme", 60)],
    spheres: ["communal"],
    itemIds,
  });
  for (const cookie of [ownerCookie, memberCookie]) {
    await ws("PUT", `/expectations/${expectation.id}/my-rating`, cookie, {
      rating: "partly",
      needed: field("NEEDED", "realism note", 2000),
    });
  }

  await ws("PUT", "/roles/communal", ownerCookie, {
    roles: ["facilitate", "connect"],
    explanation: field("ROLEEXPL", "sphere role explanation", 4000),
  });
  const indicator = await ws("POST", "/indicators", ownerCookie, {
    name: field("INDICATOR", "indicator name"),
    unit: field("UNIT", "indicator unit", 60),
    source: field("INDSOURCE", "indicator source", 500),
  });
  await ws("POST", `/indicators/${indicator.id}/measurements`, ownerCookie, {
    date: "2026-01-15",
    value: 12,
    note: field("MEASURE", "measurement note", 1000),
  });
  await ws("POST", "/actions", ownerCookie, {
    title: field("ACTION", "action title"),
    description: field("ACTDESC", "action description", 4000),
    owner: field("ACTOWNER", "action owner", 200),
    spheres: ["communal"],
    itemIds,
    expectationIds: [expectation.id],
    indicatorIds: [indicator.id],
    budget: 1000,
    status: "idea",
  });
  await ws("POST", "/snapshots", ownerCookie, { label: field("SNAPSHOT", "snapshot label") });
  // A change after the snapshot, so the comparison names a hostile item.
  await ws("POST", "/items", ownerCookie, {
    name: field("LATEITEM", "item added after the snapshot"),
    kind: "network",
    carriedBy: "volunteers",
    sphere: "personal",
  });

  // A live session whose agenda is all hostile text, run with three participants.
  const session = await ws("POST", "/sessions", ownerCookie, {
    title: field("SESSION", "session title"),
    date: "2026-12-01",
    template: "empty",
  });
  const edited = await ws("PATCH", `/sessions/${session.id}`, ownerCookie, {
    title: field("SESSION", "session title"),
    date: "2026-12-01",
    steps: [
      {
        kind: "quick_vote",
        title: field("STEPQUICK", "step title"),
        notes: field("NOTES", "step notes", 4000),
        itemIds,
      },
      {
        kind: "open_question",
        title: field("STEPOPEN", "step title"),
        question: field("QUESTION", "open question", 500),
      },
      {
        kind: "expectation_realism",
        title: field("STEPREAL", "step title"),
        expectationIds: [expectation.id],
      },
      { kind: "discuss", title: field("STEPTALK", "step title") },
    ],
  });
  const [quick, open, realism] = edited.steps as { id: string }[];
  const control = (body: object) =>
    ws("POST", `/sessions/${session.id}/control`, ownerCookie, body);
  await control({ action: "start" });
  const wsBase = baseUrl.replace(/^http/, "ws");
  const participants: Awaited<ReturnType<typeof openSocket>>[] = [];
  for (const n of [1, 2, 3]) {
    const joined = await http("POST", "/live/join", null, {
      code: session.code,
      groupId: group.id,
      nickname: hostile(`N${n}`, 40),
    });
    hostileFields[`N${n}`] = "participant nickname";
    const socket = await openSocket(`${wsBase}/api/v1/live/ws`, {});
    await socket.request({ type: "hello", token: joined.json.token, protocol: 1 }, "welcome");
    participants.push(socket);
  }
  await control({ action: "open", stepId: quick!.id });
  for (const [n, socket] of participants.entries()) {
    for (const itemId of itemIds) {
      const answer = { overall: "rather_yes" };
      await socket.request(
        { type: "vote", id: `q-${n}-${itemId}`, stepId: quick!.id, target: itemId, answer },
        "ack",
      );
    }
  }
  await control({ action: "close", stepId: quick!.id });
  await control({ action: "reveal", stepId: quick!.id });
  await control({ action: "open", stepId: open!.id });
  for (const [n, socket] of participants.entries()) {
    hostileFields[`ANSWER${n + 1}`] = "open answer";
    const answer = { text: hostile(`ANSWER${n + 1}`, 500) };
    await socket.request(
      { type: "vote", id: `open-${n}-answer`, stepId: open!.id, target: open!.id, answer },
      "ack",
    );
    socket.close();
  }
  await control({ action: "close", stepId: open!.id });
  await control({ action: "reveal", stepId: open!.id });
  // The facilitator approves every open answer (they reach the facilitator's socket only).
  const facilitator = await openSocket(
    `${wsBase}/api/v1/workspaces/${slug}/sessions/${session.id}/ws`,
    { cookie: ownerCookie },
  );
  const pending = await facilitator.waitFor(
    (m) => m.type === "open_answers" && m.answers.length === 3,
  );
  for (const answer of pending.answers as { id: string }[]) {
    await ws("PATCH", `/sessions/${session.id}/open-answers/${answer.id}`, ownerCookie, {
      status: "approved",
    });
  }
  facilitator.close();

  return {
    slug,
    ownerCookie,
    memberCookie,
    itemIds,
    formulaItemIds,
    expectationId: expectation.id,
    sessionId: session.id,
    code: session.code,
    steps: { quick: quick!.id, open: open!.id, realism: realism!.id },
    owner,
    member,
  };
}

async function openSocket(url: string, headers: Record<string, string>) {
  const ws = new WebSocket(url, { headers });
  const messages: Json[] = [];
  const waiters: { match: (m: Json) => boolean; resolve: (m: Json) => void }[] = [];
  ws.on("message", (data) => {
    const message = JSON.parse(String(data)) as Json;
    messages.push(message);
    for (const [i, w] of waiters.entries()) {
      if (w.match(message)) {
        waiters.splice(i, 1);
        w.resolve(message);
        break;
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const waitFor = (match: (m: Json) => boolean, timeoutMs = 10_000) =>
    new Promise<Json>((resolve, reject) => {
      const seen = messages.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no message in time on ${url}`)), timeoutMs);
      waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  return {
    waitFor,
    async request(message: Json, replyType: string) {
      const reply = waitFor((m) =>
        message.id === undefined ? m.type === replyType : m.id === message.id,
      );
      ws.send(JSON.stringify(message));
      const answer = await reply;
      if (answer.type !== replyType) throw new Error(JSON.stringify(answer));
      return answer;
    },
    close: () => ws.close(),
  };
}
