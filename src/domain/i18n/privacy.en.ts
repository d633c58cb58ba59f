import type { privacyNl } from "./privacy.nl.ts";

/** English texts of the account page and the retention of session data; the Dutch keys. */
export const privacyEn: typeof privacyNl = {
  account: {
    link: "My account",
    title: "My account",
    intro: "You are logged in as {{name}} ({{email}}).",
    profileTitle: "Name and email address",
    profileIntro:
      "Is your name or email address no longer right? Change them here. Others see your name in the workspaces; you log in with your email address.",
    name: "Your name",
    email: "Your email address",
    currentPassword: "Your current password",
    currentPasswordForEmail: "Needed to change your email address, because you log in with it.",
    saveProfile: "Save name and email address",
    profileSaved: "Your name and email address have been saved.",
    passwordTitle: "Change password",
    passwordIntro:
      "After the change you are logged out on every other device and browser; here you stay logged in.",
    newPassword: "New password",
    repeatPassword: "Repeat the new password",
    repeatMismatch: "The two new passwords are not the same.",
    changePassword: "Change password",
    passwordChanged: "Your password has been changed. You are logged out on other devices.",
    downloadTitle: "Download my data",
    downloadBody:
      "Download everything Sociale basis keeps about you as one JSON file: your name and email address, your workspaces and roles, your scores with answers and comments, your ratings of expectations, what you added or changed, the invitations you made, the log of your actions and your open login sessions. No password and no codes.",
    download: "Download my data (JSON)",
    deleteTitle: "Delete my account",
    deleteWhat:
      "Your name, email address, password, memberships and login sessions are deleted. You are logged out everywhere.",
    deleteScores:
      "Your scores, comments and ratings are kept, but without your name: they count anonymously, so the group's outcomes do not change. Items, decisions and sessions you made stay too, without your name.",
    blocking:
      "You cannot delete your account yet: you are the only owner of a workspace that others are members of. First make someone else owner there:",
    membersOf: "Members of {{name}}",
    deletedWith:
      "You are the only member of these workspaces. They are deleted together with your account, with everything in them (make a backup first if you want to keep it):",
    password: "Your password",
    passwordHint: "Enter your password to confirm it is you.",
    passwordMissing: "Enter your password.",
    delete: "Delete account",
    confirm: "Are you sure? Your account is deleted for good; this cannot be undone.",
    confirmWithWorkspaces:
      "Are you sure? Your account and {{count}} workspace(s) you are the only member of are deleted for good; this cannot be undone.",
    confirmYes: "Yes, delete my account",
    deleted: "Your account has been deleted.",
  },
  statement: {
    link: "Privacy",
    title: "Privacy: how Sociale basis handles your data",
    intro:
      "{{Organisation}} uses the Sociale basis application to delimit, map and strengthen the social base with partners and residents. This page says what data about you is kept, why, for how long, and what you can do yourself.",
    whatTitle: "What data, why and for how long",
    what: {
      account:
        "Your account: name, email address and password (only in unrecognisable form, as a hash). Needed to log in and to show who contributed what. Kept until you delete your account.",
      sessions:
        "Your login session: a cookie with a random code that only keeps you logged in. It expires after a time without use (4 hours by default), after a week in any case (by default), and when you log out.",
      content:
        "What you enter yourself: scores, comments, ratings, decisions, ingredients and actions. That is the workspace's work; it stays as long as the workspace exists. If you delete your account, your scores and ratings keep counting without your name.",
      log: "The audit log: who changed something when (without the content and without IP address), for accountability and security. It stays with the workspace; logins and changes to your account are deleted after a year (by default).",
      participants:
        "Participants in a session on their phone have no account. No name, IP address or browser is kept; only a code on the phone, the chosen group and a nickname if you give one. After the retention period the workspace sets, the codes, nicknames and answers that were not approved are deleted too.",
    },
    notTitle: "What Sociale basis does not do",
    not: "No advertising, no tracking cookies, no analytics services and no content from other parties: everything comes from this installation. Do not enter names or other details of residents in comments and answers.",
    basisTitle: "Legal basis",
    basis:
      "A municipality processes this data for its public task: making local social policy with partners and residents (GDPR article 6(1)(e)). Another organisation may have another basis; ask {{organisation}}.",
    rightsTitle: "What you can do yourself",
    rights:
      "On My account you download everything kept about you, change your name, email address and password, and delete your account.",
    rightsLink: "Go to My account",
    contactTitle: "Questions or a complaint",
    contact:
      "Contact {{organisation}}, or its data protection officer. If you cannot resolve it together, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
    atSignUp: "Read how we handle your data",
  },
  retention: {
    title: "Retention of session data",
    intro:
      "After a session, Sociale basis keeps raw data: the codes that let phones come back, nicknames, which vote had already arrived, and open answers that were not approved. Set how many days after the date of an ended session they are deleted. Scores and approved answers stay, anonymously.",
    current: "Now: raw data is deleted {{days}} days after the session's date.",
    currentKeep: "Now: raw data is kept until you delete the session.",
    keep: "Keep until I delete the session",
    purge: "Delete after a number of days",
    choice: "Raw data of ended sessions",
    days: "Number of days after the session's date",
    daysHint: "From 0 to {{max}} days. Deletion happens within an hour after that period.",
    daysInvalid: "Enter a whole number of days, from 0 to {{max}}.",
    save: "Save retention",
    saved: "The retention period has been saved.",
    ownersOnly: "Only owners of the workspace can change the retention period.",
    purged: "raw data deleted",
  },
};
