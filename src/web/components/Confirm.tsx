import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./ui.tsx";

/** An irreversible action asked again in place; takes focus so the question is read out. */
export function Confirm({
  question,
  yes,
  busy,
  onYes,
  onNo,
}: {
  question: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="sb-confirm">
      <p className="utrecht-paragraph">{question}</p>
      <div className="sb-actions">
        <Button appearance="danger" busy={busy} onClick={onYes}>
          {yes}
        </Button>
        <Button onClick={onNo}>{t("app.cancel")}</Button>
      </div>
    </div>
  );
}
