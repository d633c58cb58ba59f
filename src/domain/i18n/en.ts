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
  model: {
    spheres: {
      personal: "Personal",
      communal: "Communal",
      institutional: "Institutional",
      unplaced: "Not yet placed",
    },
    sphereDescriptions: {
      personal: "The resident and their own network: family, friends, neighbours, informal care.",
      communal: "People who find each other: clubs, residents' initiatives, volunteering.",
      institutional: "Provisions and paid staff: community centre, library, community work.",
      unplaced: "Ingredients the conversation still has to place.",
    },
    kinds: {
      activity: "Activity",
      organisation: "Organisation",
      place: "Place",
      role: "Role",
      network: "Network",
    },
    carriers: {
      volunteers: "Volunteers",
      professionals: "Professionals",
      mixed: "Mixed",
    },
    themes: {
      youth: "Youth",
      elderly: "Older people",
      money_worries: "Money worries",
      health: "Health",
      safety: "Safety",
      loneliness: "Loneliness",
      informal_care: "Informal care",
      participation: "Participation",
      meeting: "Meeting",
      housing: "Housing",
    },
    areaKinds: { wijk: "District", buurt: "Neighbourhood", dorp: "Village" },
  },
  criteria: {
    sets: {
      contributes: "Something is more likely part of the social base if it contributes to…",
      characteristic: "We count something more likely as social base if…",
    },
    C1: {
      label: "more connection between (groups of) residents and local ties",
      explanation:
        "People get to know each other, also across groups, and feel tied to their neighbourhood or village. For example: a neighbourhood meal, a village fête.",
    },
    C2: {
      label: "positive social developments",
      explanation:
        "It sets something good in motion: taking part, learning, healthy living, developing talent. For example: a language buddy, a sports club with youth teams.",
    },
    C3: {
      label: "preventing or reducing negative social developments",
      explanation:
        "It keeps problems small or prevents them: loneliness, debt, nuisance. For example: a phone circle for older people, debt buddies.",
    },
    C4: {
      label: "low-threshold support to and between residents who need it",
      explanation:
        "Whoever needs a hand finds it nearby and without barriers. For example: a walk-in morning, neighbours helping with small jobs.",
    },
    A: {
      label: "no referral or indication is needed to take part",
      explanation:
        "You need no referral, decision or diagnosis. A course you can only join on a GP's referral scores lower here.",
    },
    B: {
      label: "in principle everyone is welcome",
      explanation:
        "There is no selection by age, membership or background, or only a little. A closed club scores lower here.",
    },
    C: {
      label: "it is not primarily commercial",
      explanation:
        "Making a profit is not the aim. Commercial childcare or a paid service scores lower here.",
    },
    D: {
      label: "it runs largely on voluntary effort",
      explanation:
        "Volunteers and residents carry most of it. Work by paid staff scores lower here.",
    },
    E: {
      label: "there is reciprocity",
      explanation:
        "People give and receive; roles can change. For example: neighbours who help each other back and forth.",
    },
    F: {
      label: "the effort comes from sincere social engagement",
      explanation:
        "People take part out of their own, intrinsic motivation, not because they must or mainly for a fee.",
    },
  },
  inventory: {
    intro: "All ingredients of the local social base. Search, filter and sort.",
    search: "Search",
    searchHint: "Searches name, description, funding and reach; plurals and accents do not matter.",
    filters: "Filters",
    sphere: "Sphere",
    area: "Area",
    theme: "Theme",
    kind: "Kind",
    carriedBy: "Carried by",
    all: "All",
    archived: "Archived",
    showArchived: "Show archived ingredients",
    name: "Name",
    description: "Description",
    areas: "Areas",
    themes: "Themes",
    funding: "Funding",
    reach: "Reach",
    updatedAt: "Changed",
    sortBy: "Sort by {{column}}",
    results: "{{count}} ingredients found",
    resultsOne: "1 ingredient found",
    noResults: "No ingredients found. Change the search term or filters.",
    page: "Page {{page}} of {{pages}}",
    previous: "Previous page",
    next: "Next page",
    pagination: "Pagination",
    add: "Add ingredient",
    edit: "Edit",
    editTitle: "Edit {{name}}",
    addTitle: "New ingredient",
    archive: "Archive",
    restore: "Restore",
    saved: "{{name}} has been saved.",
    archivedDone: "{{name}} has been archived.",
    restoredDone: "{{name}} has been restored.",
    history: "History",
    historyEntry: "{{date}} · {{who}} · {{action}}",
    unknownUser: "unknown",
    actions: {
      created: "created",
      updated: "changed",
      archived: "archived",
      restored: "restored",
      moved: "moved",
      imported: "imported",
    },
    personalDataWarning:
      "This looks like personal data about a resident ({{signals}}). The inventory describes " +
      "kinds of help and places, not people. Remove residents' names, addresses and phone " +
      "numbers.",
    signals: {
      phone: "phone number",
      email: "email address",
      address: "address",
      postcode: "postcode",
      bsn: "possible citizen service number",
    },
    ownTheme: "Own themes (separated by commas)",
    none: "—",
    details: "Details of {{name}}",
    close: "Close",
  },
  importPage: {
    title: "Import",
    link: "Import from spreadsheet",
    intro:
      "Read ingredients from a CSV or Excel file (.xlsx). The first row must hold the column " +
      "names, such as name, description, kind, sphere, area, themes, carried by, funding and " +
      "reach. You first see what will happen; only then is anything saved.",
    file: "File",
    fileHint: "CSV (separated by ; or ,) or Excel (.xlsx), at most 15 MB.",
    read: "Read file",
    reading: "Reading…",
    summary: "{{rows}} rows read ({{format}}{{details}}).",
    mappingTitle: "Columns",
    mappingIntro: "Check which column belongs to which field and change it where needed.",
    notUsed: "(do not use)",
    ignored: "Ignored columns: {{columns}}",
    newAreas: "New areas that will be created: {{areas}}",
    duplicates: "Possibly duplicate (same name and area as an existing ingredient): {{lines}}",
    previewTitle: "Preview (first {{count}} rows)",
    line: "Line",
    problemsTitle: "Fix these first",
    problemsIntro: "The file is imported only when every row is valid. Nothing has been saved.",
    commit: "Import {{count}} ingredients",
    done: "{{created}} ingredients imported; {{areas}} new areas.",
    exportTitle: "Export",
    exportIntro: "Download the whole inventory; the file can be imported again later.",
    exportCsv: "Download CSV",
    exportXlsx: "Download Excel (.xlsx)",
  },
  areasPage: {
    title: "Areas",
    link: "Manage areas",
    intro:
      "The districts, neighbourhoods and villages where ingredients are found. A neighbourhood " +
      "lies in a district. The CBS code is optional (GM + 4, WK + 6 or BU + 8 characters).",
    name: "Name",
    kind: "Kind of area",
    cbsCode: "CBS code (optional)",
    cbsHint: "For example WK036300 or BU03630000.",
    cbsInvalid: "A CBS code is GM with 4, WK with 6 or BU with 8 characters.",
    parent: "Lies in district",
    noParent: "(none)",
    add: "Add area",
    added: "{{name}} has been added.",
    removed: "{{name}} has been removed.",
    remove: "Remove {{name}}",
    empty: "There are no areas yet.",
  },
  board: {
    intro:
      "The three spheres of the social base. Drag an ingredient to another sphere, or use the " +
      "Move button.",
    count: "{{count}} ingredients",
    move: "Move",
    moveItem: "Move {{name}}",
    moveTo: "To {{sphere}}",
    moved: "{{name}} has been moved to {{sphere}}.",
    moveFailed: "Moving {{name}} failed.",
    empty: "No ingredients in this sphere.",
    dropHere: "Drop here",
    readOnly: "You can view this board; an editor or owner can move items.",
  },
  importProblems: {
    name_missing: "line {{line}}: name is missing",
    unknown_sphere: "line {{line}}: unknown sphere '{{value}}'",
    unknown_kind: "line {{line}}: unknown kind '{{value}}'",
    unknown_carrier: "line {{line}}: unknown 'carried by' '{{value}}'",
    too_long: "line {{line}}: {{field}} is too long",
    too_many: "line {{line}}: too many {{field}} ({{value}})",
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
    import_invalid:
      "The file was not imported: not every line is valid. Below, per line, is what is wrong.",
    import_unreadable:
      "This file cannot be read. Use CSV (; or ,) or Excel (.xlsx) with a header row and a 'name' column.",
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
