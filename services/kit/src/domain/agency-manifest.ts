/**
 * The agencies Lotsen federates, each declared once (docs/agencies.md): everything else that
 * names an agency (the schema's enums, the composition list, the consent registry's words, the
 * local stack, the Hive configuration, the dashboard's words) is derived from this list or
 * generated from it by `npm run schema:compose`.
 */
/**
 * How an agency subgraph's client proves itself at the system's token endpoint (docs/security.md,
 * "Agency systems' credentials"): OAuth 2.0 client credentials with its secret (Basic or in the
 * body), or SMART Backend Services (a signed assertion, the secret as the fallback).
 */
export type CredentialsKind = 'client_secret_basic' | 'client_secret_post' | 'smart_backend_services';

export interface AgencyDeclaration {
  /** The agency's folder: its subgraph, its adapters and, where it has one, its simulator. */
  folder: string;
  /** The subgraph: its package (which exports `./schema.graphql` and `startSubgraph`), its name in the supergraph and its default port. */
  subgraph: { package: string; name: string; port: number };
  /** The field of the graph's person that holds this agency's section, and whose data it is: a child's or a guardian's own. */
  section: { field: string; of: 'CHILD' | 'GUARDIAN' };
  /**
   * The agency's own system: the variable with its URL (credentials' variables share its
   * prefix, docs/security.md), the simulator's port for `npm start`, the module that exports its
   * simulator (`simulator`, docs/agencies.md), and how Lotsen's client proves itself to it.
   */
  system: { urlVariable: string; port: number; simulator: string; kind: string; credentials: CredentialsKind };
  /** The agency in Swedish: as a heading, and inside a sentence ("samtycke för skolan"). */
  name: string;
  inSentence: string;
  /** Where a guardian reads the agency's own records (Lotsen is not the family's window into them). */
  readAtAgency: string;
  /** Its data categories: the Swedish name a user reads, and the schema's description for API clients. */
  categories: Record<string, { name: string; description: string }>;
  /** The categories an analyst's figure of this agency counts over (consent purpose uppföljning). */
  countedOver: readonly string[];
  /**
   * Whether the agency's own system records blocks (spärr) a person has placed on their records,
   * and how: null when it records none; otherwise the agency subgraph is started with `blocked`,
   * which the consent gate asks after every permit, and a block withholds the section whatever
   * the consent says (docs/consent.md, "Blocks at the agency (spärr)").
   */
  blocks: { recordedAs: string } | null;
}

export const agencyManifest = {
  SCHOOL: {
    folder: 'services/school',
    subgraph: { package: '@lotsen/school', name: 'school', port: 4002 },
    section: { field: 'school', of: 'CHILD' },
    system: { urlVariable: 'SCHOOL_PLATFORM_URL', port: 4101, simulator: '@lotsen/agency-systems/school-platform', kind: 'SS 12000', credentials: 'client_secret_basic' },
    name: 'Skola och elevhälsa',
    inSentence: 'skolan',
    readAtAgency: 'Skolans uppgifter om ditt barn visas inte här. Du får dem av skolan: fråga mentorn eller elevhälsan, eller se skolans egen plattform.',
    categories: {
      ENROLMENT: { name: 'Inskrivning', description: 'school unit, school type, year and class' },
      ATTENDANCE: { name: 'Närvaro och frånvaro', description: 'aggregated attendance and absence (frånvaro)' },
      SUPPORT_MEASURES: {
        name: 'Stödinsatser i skolan',
        description: 'extra adaptations (extra anpassningar), special support (särskilt stöd), action programmes (åtgärdsprogram)',
      },
      STUDENT_HEALTH: { name: 'Elevhälsa', description: 'student health (elevhälsa) contacts' },
    },
    countedOver: ['ATTENDANCE', 'SUPPORT_MEASURES'],
    blocks: null,
  },
  SOCIAL_SERVICES: {
    folder: 'services/social-services',
    subgraph: { package: '@lotsen/social-services', name: 'social-services', port: 4003 },
    section: { field: 'socialServices', of: 'CHILD' },
    system: { urlVariable: 'CASE_SYSTEM_URL', port: 4102, simulator: '@lotsen/agency-systems/case-system', kind: 'case system', credentials: 'client_secret_post' },
    name: 'Socialtjänsten',
    inSentence: 'socialtjänsten',
    readAtAgency: 'Socialtjänstens uppgifter om ditt barn visas inte här. Du får dem av socialtjänsten: kontakta din handläggare eller socialkontoret i din kommun.',
    categories: {
      CASE: { name: 'Ärenden', description: 'open cases (ärenden) and caseworker (handläggare)' },
      INTERVENTIONS: { name: 'Insatser', description: 'interventions (insatser): familjebehandling, boendestöd, kontaktperson' },
    },
    countedOver: ['INTERVENTIONS'],
    blocks: null,
  },
  HEALTH_CARE: {
    folder: 'services/health-care',
    subgraph: { package: '@lotsen/health-care', name: 'health-care', port: 4004 },
    section: { field: 'healthCare', of: 'CHILD' },
    system: { urlVariable: 'HEALTH_RECORDS_URL', port: 4103, simulator: '@lotsen/agency-systems/health-records', kind: 'FHIR R4', credentials: 'smart_backend_services' },
    name: 'Hälso- och sjukvården',
    inSentence: 'hälso- och sjukvården',
    readAtAgency: 'Vårdens journal om ditt barn visas inte här. Du läser den på 1177.se eller får den av mottagningen där barnet har vård.',
    categories: {
      CARE_CONTACTS: { name: 'Vårdkontakter', description: 'care contacts (vårdkontakter)' },
      APPOINTMENTS: { name: 'Bokade besök', description: 'booked appointments' },
      DIAGNOSES: { name: 'Diagnoser', description: 'diagnoses' },
    },
    countedOver: ['CARE_CONTACTS'],
    blocks: { recordedAs: 'FHIR R4 Consent of scope patient-privacy whose provision denies: a care unit (actor) or a kind of information (class)' },
  },
  EMPLOYMENT_SUPPORT: {
    folder: 'services/employment-support',
    subgraph: { package: '@lotsen/employment-support', name: 'employment-support', port: 4006 },
    section: { field: 'employmentSupport', of: 'GUARDIAN' },
    system: { urlVariable: 'EMPLOYMENT_SERVICE_URL', port: 4105, simulator: '@lotsen/employment-support/simulator', kind: 'REST', credentials: 'client_secret_basic' },
    name: 'Arbetsmarknadsenheten',
    inSentence: 'arbetsmarknadsenheten',
    readAtAgency: 'Arbetsmarknadsenhetens uppgifter om dig visas inte här. Du får dem av arbetsmarknadsenheten: fråga din handläggare eller din coach där.',
    categories: {
      LABOUR_MARKET_MEASURES: {
        name: 'Arbetsmarknadsinsatser',
        description: "a guardian's own enrolment at arbetsmarknadsenheten, handläggare and labour market measures (insatser): arbetsträning, jobbcoachning, Finsam rehabilitation",
      },
      OCCUPATION_STATUS: { name: 'Sysselsättning', description: "a guardian's own occupation status (sysselsättning) and its history since enrolment" },
    },
    countedOver: [],
    blocks: null,
  },
} as const satisfies Record<string, AgencyDeclaration>;
