import { graphql } from '../gql/index.js';

/** A meeting as the family page lists it, with its calendar file for the participants' calendars. */
export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    date
    time
    endTime
    place
    kind
    agencies
    summary
    calendarFile
  }
`);

/** What the family's rhythm is on the page: its meetings, follow-ups and signals (the family view and its refresh share it). */
export const FamilyRhythmFieldsFragment = graphql(`
  fragment FamilyRhythmFields on Family {
    meetings {
      ...MeetingFields
    }
    followUps {
      id
      date
      area
      rating
      comment
    }
    attention {
      kind
      text
      since
    }
  }
`);

/** A meeting held or booked (a date ahead books it): samverkansmöte, SIP-möte, hembesök, avstämning. */
export const RecordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

/** A follow-up rating of one outcome area (1 much worse … 5 much better), dated today or earlier. */
export const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      date
      area
      rating
      comment
    }
  }
`);

/**
 * What a meeting or a follow-up changes on the family page: its meetings, follow-ups and signals.
 * Read again after either is recorded, into the same family in the cache, without reading the
 * agencies' sections again (each such read is a disclosure in their audit trails).
 */
export const FamilyRhythmQuery = graphql(`
  query FamilyRhythm($reference: String!) {
    familyByReference(reference: $reference) {
      id
      ...FamilyRhythmFields
    }
  }
`);
