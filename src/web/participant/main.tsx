import { createRoot } from "react-dom/client";
import "./participant.css";
import { initI18n } from "./i18n.ts";
import { ParticipantApp } from "./ParticipantApp.tsx";

// The participant page (/doe-mee): its own small entry for phones on slow connections, without
// the app's router, query cache or component library (see vite.config.ts).
await initI18n();
createRoot(document.getElementById("root")!).render(<ParticipantApp />);
