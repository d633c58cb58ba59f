import type { strengtheningNl } from "./strengthening.nl.ts";

/** English texts of the strengthening part; the same keys as the Dutch. */
export const strengtheningEn: typeof strengtheningNl = {
  roles: {
    create_conditions: {
      name: "Create conditions",
      explanation:
        "Make sure people have room to care for each other: housing, income, education, respite. Do not organise people's own lives.",
    },
    facilitate: {
      name: "Facilitate",
      explanation:
        "Practical help: a space, a small grant, help with permits or insurance, support for volunteers.",
    },
    fund: {
      name: "Fund",
      explanation: "Pay for facilities and initiatives, structurally or per project.",
    },
    commission: {
      name: "Commission",
      explanation:
        "Commission welfare organisations and other partners, with agreements on reach and accessibility, and steer on them.",
    },
    connect: {
      name: "Connect",
      explanation:
        "Bring people, initiatives and organisations into contact, so they can find and strengthen each other.",
    },
    sparring_partner: {
      name: "Sparring partner",
      explanation: "Think along with initiators, without taking over.",
    },
    appreciate: {
      name: "Appreciate",
      explanation:
        "Make visible and recognise what residents and volunteers do; a thank-you is policy too.",
    },
    leave_room: {
      name: "Leave room / hold back",
      explanation:
        "Deliberately not intervene: what people do themselves remains theirs. Keep rules and accountability no heavier than needed.",
    },
  },
  defaultReasons: {
    personal:
      "The personal social base is residents' own lives and networks. The municipality creates conditions (housing, income, respite for informal carers) but does not organise people's care for each other itself.",
    communal:
      "In the communal social base people find each other: associations, residents' initiatives, volunteering. The municipality gives room, facilitates, connects and appreciates, without taking over.",
    institutional:
      "The institutional social base consists of facilities and professionals. Here the municipality funds and commissions, with agreements on reach and accessibility.",
  },
  statuses: {
    idea: "Idea",
    planned: "Planned",
    running: "Running",
    done: "Finished",
    stopped: "Stopped",
  },
  directions: {
    higher_is_better: "Higher is better",
    lower_is_better: "Lower is better",
  },
  trends: {
    better: "better",
    worse: "worse",
    same: "the same",
    unknown: "too early to say",
  },
  indicatorLibrary: {
    active_volunteers: {
      name: "Number of active volunteers",
      unit: "volunteers",
      caveat:
        "Counts mainly those known through an organisation or volunteer desk. Neighbourly help, informal care and other informal help stay out of sight.",
    },
    meeting_places: {
      name: "Meeting places per neighbourhood",
      unit: "places",
      caveat:
        "Counting a place says nothing about whether people come or feel welcome. Combine it with visits and with what residents tell.",
    },
    feel_connected: {
      name: "Residents who feel connected to their neighbourhood",
      unit: "%",
      caveat:
        "From a survey (such as the health monitor): small differences fall within the margin of error, and those who do not answer surveys are often exactly the ones missing.",
    },
    walk_in_reach: {
      name: "Reach of walk-in activities",
      unit: "visits per month",
      caveat:
        "Visits are not people: counting the same face more often makes the reach look larger than it is. Those who never come stay unseen.",
    },
    resident_initiatives: {
      name: "Active residents' initiatives",
      unit: "initiatives",
      caveat:
        "Only initiatives the municipality knows or supports. Many initiatives ask for nothing and are therefore registered nowhere.",
    },
    informal_carers_supported: {
      name: "Informal carers receiving support",
      unit: "informal carers",
      caveat:
        "Most informal carers are not in sight. A rise can also mean that care is getting heavier, not only that support reaches better.",
    },
    loneliness: {
      name: "Residents who feel (severely) lonely",
      unit: "%",
      caveat:
        "Loneliness has many causes outside the social base. A fall or rise can rarely be attributed to one action.",
    },
  },
  changes: {
    item_added: "{{name}} was added ({{sphere}}).",
    item_removed: "{{name}} was removed or archived.",
    item_moved: "{{name}} moved from {{from}} to {{to}}.",
    decision_changed: "Decision on {{name}}: from {{from}} to {{to}}.",
    expectation_added: "New expectation: {{title}}.",
    expectation_removed: "Expectation dropped: {{title}}.",
    expectation_rerated: "{{title}} is now rated {{to}} (was: {{from}}; {{ratings}} ratings).",
    roles_changed: "The municipality's role in the {{sphere}} sphere changed.",
    rolesAdded: "Added: {{roles}}.",
    rolesRemoved: "Dropped: {{roles}}.",
    explanationChanged: "The explanation was rewritten.",
    action_added: "New action: {{title}} ({{status}}, {{budget}}).",
    action_removed: "Action dropped: {{title}}.",
    action_status: "{{title}}: from {{from}} to {{to}}.",
    action_budget: "Budget of {{title}}: from {{from}} to {{to}}.",
    indicator_added: "New indicator: {{name}}.",
    indicator_removed: "Indicator dropped: {{name}}.",
    indicator_changed: "{{name}}: from {{from}} to {{to}}.",
    none: "none",
    noBudget: "no budget",
    notMeasured: "not measured",
    unplaced: "unplaced",
    notRated: "not rated",
    nothing: "Nothing has changed.",
  },
};
