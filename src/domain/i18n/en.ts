import type { Catalogue } from "./nl.ts";

export const en: Catalogue = {
  app: {
    name: "Social base",
    tagline: "Delimit, map and strengthen your local social base, together",
    skipToContent: "Skip to content",
    loading: "Loading…",
    mainNavigation: "Main navigation",
    workspaceNavigation: "Workspace navigation",
    footer: "Sociale basis is open-source software (EUPL-1.2).",
    accessibilityLink: "Accessibility statement",
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist, or you have no access to it.",
    backHome: "Back to the overview",
    errorTitle: "Something went wrong",
    retry: "Try again",
    close: "Close",
    cancel: "Cancel",
    save: "Save",
  },
  language: {
    label: "Language",
    switchTo: "Nederlands",
    switchToLang: "nl",
    switchHint: "Schakel naar Nederlands",
  },
  auth: {
    loginTitle: "Log in",
    loginIntro: "Log in with your email address and password.",
    email: "Email address",
    password: "Password",
    passwordHint: "At least {{min}} characters.",
    displayName: "Your name (as others see it)",
    submit: "Log in",
    submitting: "Logging in…",
    logout: "Log out",
    loggedInAs: "Logged in as {{name}}",
    demoHint: "Trying the demo? Log in with {{email}} and password {{password}}.",
    required: "Please fill in this field.",
    invalidEmail: "Enter a valid email address, such as name@example.org.",
    tooShort: "Use at least {{min}} characters.",
  },
  workspaces: {
    title: "Your workspaces",
    intro: "A workspace belongs to one municipality, region or neighbourhood network.",
    empty: "You are not a member of any workspace yet. Ask for an invitation or create one.",
    role: "Your role: {{role}}",
    open: "Open {{name}}",
    createTitle: "New workspace",
    name: "Name (for example the municipality)",
    create: "Create workspace",
    created: "Workspace {{name}} has been created.",
  },
  roles: {
    owner: "owner",
    editor: "editor",
    member: "member",
    viewer: "viewer",
  },
  roleDescriptions: {
    owner: "manages members and everything in the workspace",
    editor: "edits the inventory, criteria and decisions",
    member: "scores and takes part in the conversation",
    viewer: "can read everything, change nothing",
  },
  nav: {
    home: "Overview",
    inventory: "Inventory",
    spheres: "Spheres",
    delimitation: "Delimitation",
    expectations: "Expectations",
    strengthen: "Strengthen",
    sessions: "Sessions",
    reports: "Reports",
    members: "Members",
    workspaces: "Workspaces",
  },
  home: {
    intro:
      "The social base has no fixed definition. This workspace helps you delimit it locally, " +
      "together with partners and residents, and keep expectations realistic. Four questions " +
      "guide the conversation.",
    q1: "What is the social base?",
    q1Body:
      "Agree on what does, just about, or does not belong to your social base, using criteria " +
      "such as accessibility, voluntary effort and reciprocity.",
    q2: "Why does it matter?",
    q2Body:
      "List what national and local policy expects of the social base, for what purpose, and " +
      "whether that is feasible without overburdening volunteers and informal carers.",
    q3: "What does your social base look like?",
    q3Body:
      "Map the local ingredients by sphere and by area, and let many people score them, so you " +
      "see where views differ.",
    q4: "How can you (help) strengthen the social base?",
    q4Body:
      "Choose the municipality's role per sphere, make an action plan and follow change with " +
      "indicators.",
    goTo: "Go to {{page}}",
    stats: "In this workspace",
    itemCount: "{{count}} ingredients",
    areaCount: "{{count}} areas",
    memberCount: "{{count}} members",
  },
  comingSoon: {
    title: "{{page}}: in development",
    body:
      "This page does not exist yet. It is being built for a coming version of the " +
      "application; until then there is nothing here you can use.",
    plannedTitle: "What will be here",
    inventory:
      "A searchable table of all ingredients of the local social base, with filters on " +
      "sphere, area, theme and kind, and import and export through spreadsheets.",
    spheres:
      "A board with the three spheres (personal, communal, institutional) on which you move " +
      "ingredients with mouse or keyboard.",
    delimitation:
      "Criteria, participants' scores, visible agreement and disagreement, and per ingredient " +
      "the decision: in, edge case or out.",
    expectations:
      "What national and local policy expects of the social base, for what purpose, and how " +
      "realistic that is.",
    strengthen:
      "The municipality's role per sphere, an action plan, indicators and snapshots to follow " +
      "change.",
    sessions:
      "Facilitated meetings in which participants score on their phones and the room sees " +
      "the results.",
    reports: "Reports in Word, PDF and Excel, open data and backups.",
  },
  members: {
    title: "Members",
    intro: "Who takes part in this workspace, and in which role.",
    name: "Name",
    email: "Email address",
    role: "Role",
    actions: "Actions",
    you: "(you)",
    changeRole: "Role of {{name}}",
    remove: "Remove {{name}}",
    removed: "{{name}} has been removed from the workspace.",
    roleChanged: "The role of {{name}} is now {{role}}.",
    leave: "Leave workspace",
    leaveConfirm: "Are you sure you want to leave this workspace?",
    invitesTitle: "Invite",
    invitesIntro:
      "Create an invitation link and pass it on yourself, for example by email or chat. " +
      "A link works once and expires by itself.",
    inviteRole: "Role for the new participant",
    inviteDays: "Valid for (days)",
    createInvite: "Create invitation link",
    inviteCreated: "The invitation link has been created. Copy it now: it will not be shown again.",
    inviteLink: "Invitation link",
    copy: "Copy link",
    copied: "Link copied.",
    openInvites: "Open invitations",
    noOpenInvites: "There are no open invitations.",
    expires: "Expires",
    revoke: "Revoke",
    revoked: "The invitation has been revoked.",
  },
  invite: {
    title: "Invitation",
    body: "You have been invited to the workspace {{workspace}} as {{role}}.",
    expires: "This invitation expires on {{date}}.",
    accept: "Accept invitation",
    accepted: "Welcome to {{workspace}}.",
    newAccount: "No account yet? Create one",
    haveAccount: "Already have an account? Log in first; you will come back here afterwards.",
    createAndAccept: "Create account and accept",
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "Everyone should be able to use this application: policy staff, partners and residents, " +
      "including people with a disability and people on a basic phone. This statement covers " +
      "the Sociale basis software; the organisation that offers it adds its own details.",
    statusTitle: "Compliance status",
    status:
      "The application aims to meet WCAG 2.1 at levels A and AA (EN 301 549). It partially " +
      "complies: every page is tested automatically with every change, but a full audit by an " +
      "independent expert has not yet taken place.",
    measuresTitle: "What we do",
    m1: "Every page is tested automatically with axe, in Dutch and in English.",
    m2: "Everything can be operated by keyboard, with a visible focus and a link that skips to the content.",
    m3: "Pages adapt down to a screen width of 320 pixels without horizontal scrolling.",
    m4: "Messages after an action are read out by screen readers.",
    m5: "We use the components and design tokens of NL Design System.",
    limitsTitle: "Known limitations",
    limits:
      "Pages that are still in development have not yet been tested by people with a " +
      "disability. Please tell us what you run into.",
    contactTitle: "Contact and complaints",
    contact:
      "Do you run into a problem? Contact the organisation that offers this application. If " +
      "you do not get a satisfactory answer, you can turn to the National Ombudsman.",
  },
  errors: {
    validation_failed: "Not all fields are filled in correctly. Check the marked fields.",
    malformed_body: "The request could not be read. Send valid JSON.",
    unsupported_media_type: "This content type is not supported. Use application/json.",
    payload_too_large: "The request is too large.",
    unauthenticated: "You are not (or no longer) logged in. Please log in again.",
    invalid_credentials: "The email address or password is incorrect.",
    forbidden: "You do not have permission for this action.",
    cross_site_request: "This request comes from another website and was refused.",
    not_found: "This does not exist, or you have no access to it.",
    email_taken: "An account with this email address already exists.",
    slug_taken: "This workspace name is already in use. Choose another.",
    already_member: "You are already a member of this workspace.",
    last_owner: "A workspace always has at least one owner. Make someone else owner first.",
    invite_expired: "This invitation has expired. Ask for a new link.",
    invite_used: "This invitation has already been used. Ask for a new link.",
    too_many_requests: "Too many attempts. Try again in {{seconds}} seconds.",
    internal: "Something went wrong on our side. Please try again later.",
    network: "No connection to the server. Check your internet connection.",
  },
  problemTitles: {
    400: "Bad request",
    401: "Not logged in",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    410: "Gone",
    413: "Too large",
    415: "Unsupported",
    429: "Too many requests",
    500: "Server error",
  },
};
