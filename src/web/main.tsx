import "./zod-jitless.ts";
import { createRoot } from "react-dom/client";
import "@utrecht/component-library-css/dist/index.css";
import "@utrecht/design-tokens/dist/index.css";
import "./app/app.css";
import { App } from "./app/App.tsx";
import { initI18n } from "./i18n/i18n.ts";

await initI18n();
createRoot(document.getElementById("root")!).render(<App />);
