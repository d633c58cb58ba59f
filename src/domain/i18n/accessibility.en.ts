import type { accessibilityNl } from "./accessibility.nl.ts";

/** English accessibility statement; the same keys and order as the Dutch model statement. */
export const accessibilityEn: typeof accessibilityNl = {
  title: "Accessibility statement",
  defaultOrganisation: "the organisation that offers this application",
  intro:
    "{{Organisation}} wants everyone to be able to use the Sociale basis application: policy staff, partners and residents, including people with a disability and people on a basic phone. {{Organisation}} strives to make its online information and services accessible in accordance with the Dutch Digital Accessibility (Government) Decree.",
  scopeTitle: "What this statement covers",
  scope:
    "This statement covers the Sociale basis web application at {{host}}: the pages for staff and partners, the participant page of sessions (/doe-mee) and a session's presenter screen.",
  standard:
    "The requirements are those of WCAG 2.1 at levels A and AA, as included in the European standard EN 301 549.",
  statusTitle: "Compliance status",
  statusLabel: "Status C: first measures taken",
  status:
    "We claim no more than we can back up. The application is tested automatically with every change (see below), but a full audit by an expert following WCAG-EM has not yet taken place. Without such an audit neither status A (fully compliant) nor B (partially compliant) can be claimed.",
  statusDeployer:
    "Status C holds if {{organisation}} has such an audit carried out within six months of publishing this statement; if none is planned, the status is D (not compliant). Having the audit done and reporting its outcome here is a step for the organisation that puts the application into use.",
  statusesTitle: "The statuses",
  statuses: {
    a: "A: fully compliant. A full audit found no deviations.",
    b: "B: partially compliant. A full audit found deviations; for each, what is being done about it is described.",
    c: "C: first measures taken. There is no full audit yet; one is planned within six months.",
    d: "D: not compliant. There is no full audit and none is planned.",
    e: "E: no accessibility statement.",
  },
  measuresTitle: "Measures taken",
  measures: {
    axe: "Every page is tested automatically with axe (WCAG 2.1 A and AA) in Dutch and in English with every change, including open dialogs, error messages and empty states.",
    keyboard:
      "The main tasks are recorded as keyboard tests: logging in, adding and moving an item, scoring, joining a session, recording a decision and downloading a report. The focus is always visible.",
    lighthouse:
      "The participant page and the inventory are measured with Lighthouse (accessibility and speed with a phone profile).",
    reflow:
      "Pages adapt down to 320 pixels wide and 200% zoom without horizontal scrolling; buttons are at least 44 pixels high.",
    screenReader:
      "Messages after an action and live results are read out through a polite live region; every chart has the same data as a table; error messages are linked to their field.",
    nlds: "The application uses the components and design tokens of NL Design System. A workspace's own theme is only saved if every colour pair meets the contrast of WCAG AA.",
  },
  limitsTitle: "Known limitations",
  limits: {
    audit:
      "The application has not yet been audited by an expert, nor tested with people who use assistive technology. Automatic tests do not find every problem.",
    downloads:
      "Downloaded reports (Word, Excel, CSV) are built with headings and tables but have not been tested separately. A PDF you make with the browser from the print page has not been tested against PDF/UA.",
    content:
      "Texts, names and logos that users enter themselves are the responsibility of the organisation that enters them.",
  },
  dateTitle: "Date",
  date: "This statement was drawn up on {{date}} and applies to this version of the application.",
  contactTitle: "Feedback and contact",
  contact:
    "Do you run into an accessibility problem, or do you have a question or comment? Contact {{organisation}}.",
  contactAddress: "Report it at:",
  contactGeneric: "Use the usual contact details of {{organisation}}.",
  contactResponse:
    "Describe as well as you can what went wrong and on which page. You will receive a confirmation of your report and a reply on what is being done with it.",
  enforcementTitle: "Enforcement procedure",
  enforcement:
    "Are you not satisfied with how your complaint was handled, or did you not receive a reply in time? Then, as a resident, you can contact the National Ombudsman, or your municipality's local ombudsman or ombuds committee if there is one.",
  ombudsmanLink: "National Ombudsman (nationaleombudsman.nl)",
};
